import type { Metadata } from "next";
import { RunForm } from "@/components/runs/run-form";
import { RunFormGuide } from "@/components/runs/run-form-guide";
import layout from "@/components/ui/layout.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Register a run" };

export default async function NewRunPage() {
  await requireActor("catalog:write");
  return (
    <>
      <PageHeader
        title="Register a run"
        description="Record a distillation or fine-tuning run: the datasets it trained on, the model it started from, and the student it produced. Nothing is saved until every field checks out."
      />
      <div className={layout.withAside}>
        <RunForm />
        <RunFormGuide />
      </div>
    </>
  );
}
