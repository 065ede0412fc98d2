import type { Metadata } from "next";
import { ImportForm } from "@/components/imports/import-form";
import { ImportGuide } from "@/components/imports/import-guide";
import layout from "@/components/ui/layout.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listTraits } from "@/lib/traits/list-traits";

export const metadata: Metadata = { title: "Import evaluations" };

export default async function ImportsPage() {
  await requireActor("catalog:write");
  const traits = await listTraits();
  return (
    <>
      <PageHeader
        title="Import evaluations"
        description="Record the measurements in an Inspect log, lm-evaluation-harness results, a subliminal-learning evaluation file or a CSV: check what the file would store, then import it."
      />
      <div className={layout.withAside}>
        <ImportForm traits={traits.map((trait) => ({ slug: trait.slug, name: trait.name }))} />
        <ImportGuide />
      </div>
    </>
  );
}
