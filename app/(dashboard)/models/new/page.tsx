import type { Metadata } from "next";
import { ModelForm } from "@/components/models/model-form";
import { ModelFormGuide } from "@/components/models/model-form-guide";
import layout from "@/components/ui/layout.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listTraits } from "@/lib/traits/list-traits";

export const metadata: Metadata = { title: "Register a model" };

export default async function NewModelPage() {
  await requireActor("catalog:write");
  const traits = await listTraits();
  return (
    <>
      <PageHeader
        title="Register a model"
        description="A base model, a teacher made by prompting one, or any model derived from another. Nothing is saved until every field checks out."
      />
      <div className={layout.withAside}>
        <ModelForm traits={traits.map((trait) => ({ slug: trait.slug, name: trait.name }))} />
        <ModelFormGuide />
      </div>
    </>
  );
}
