import type { Metadata } from "next";
import { GenerationForm } from "@/components/generations/generation-form";
import { GenerationFormGuide } from "@/components/generations/generation-form-guide";
import layout from "@/components/ui/layout.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { prefilledModel } from "../../../prefilled-model";

export const metadata: Metadata = { title: "Record a generation" };

type SearchParams = Promise<{ teacherId?: string | string[] }>;

export default async function NewGenerationPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor("catalog:write");
  const teacher = await prefilledModel((await searchParams).teacherId);
  return (
    <>
      <PageHeader
        title="Record a generation"
        description="A teacher generated a dataset: with which sampling settings and prompts. Nothing is saved until every field checks out."
      />
      <div className={layout.withAside}>
        <GenerationForm teacher={teacher} />
        <GenerationFormGuide />
      </div>
    </>
  );
}
