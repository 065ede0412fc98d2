import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { NotesCard } from "@/components/annotations/notes-card";
import { NOTES_PAGE_SIZE, notesViewerOf, type NotesViewer } from "@/components/annotations/notes-path";
import { LineageMiniGraph } from "@/components/lineage/lineage-mini-graph";
import { DerivedModelsList } from "@/components/models/derived-models-list";
import { ExposureCard } from "@/components/models/exposure-card";
import { GeneratedDatasetsList } from "@/components/models/generated-datasets-list";
import { LineageRelativesList } from "@/components/models/lineage-relatives-list";
import { MeasurementsTable } from "@/components/models/measurements-table";
import { ModelFacts } from "@/components/models/model-facts";
import { ModelHeader } from "@/components/models/model-header";
import { ModelLineageCard } from "@/components/models/model-lineage-card";
import { ProducedByList } from "@/components/models/produced-by-list";
import { TaughtRunsList } from "@/components/models/taught-runs-list";
import { TraitDeclarationsCard } from "@/components/models/trait-declarations-card";
import { TraitRatesSection } from "@/components/models/trait-rates-section";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import layout from "@/components/ui/layout.module.css";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { requireActor } from "@/lib/auth/current-user";
import { listTraitDeclarations } from "@/lib/declarations/list-trait-declarations";
import { getLineage } from "@/lib/lineage/get-lineage";
import { getModel, type ModelDetail } from "@/lib/models/get-model";
import { listTraits } from "@/lib/traits/list-traits";
import { orNotFound } from "../../or-not-found";
import { singleParam } from "../../search-params";
import styles from "./model-page.module.css";

type Props = { params: Promise<{ id: string }> };
type PageProps = Props & { searchParams: Promise<{ measurement?: string | string[] }> };

// How far the ancestor and descendant lists reach.
const RELATIVES_DEPTH = 10;

interface LoadedModel {
  model: ModelDetail;
  canExport: boolean;
  canWrite: boolean;
  canAudit: boolean;
  notesViewer: NotesViewer;
}

// One database read per request, shared by generateMetadata and the page.
const loadModel = cache(async (id: string): Promise<LoadedModel> => {
  const actor = await requireActor();
  return {
    model: await orNotFound(getModel(id)),
    canExport: actor.scopes.includes("reports:export"),
    canWrite: actor.scopes.includes("catalog:write"),
    canAudit: actor.scopes.includes("audit:read"),
    notesViewer: notesViewerOf(actor),
  };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { model } = await loadModel((await params).id);
  return { title: model.name };
}

/** A card's button to the form that adds to it, for engineers. */
function addLink(href: string, label: string) {
  return (
    <Link href={href} className={buttonClassName({ size: "sm" })}>
      <Plus size={13} aria-hidden="true" />
      {label}
    </Link>
  );
}

export default async function ModelPage({ params, searchParams }: PageProps) {
  const { model, canExport, canWrite, canAudit, notesViewer } = await loadModel((await params).id);
  const recorded = singleParam((await searchParams).measurement);
  const [nearby, ancestors, descendants, declarations, traits, notes] = await Promise.all([
    getLineage(model.id, { direction: "both", depth: 1 }),
    getLineage(model.id, { direction: "ancestors", depth: RELATIVES_DEPTH }),
    getLineage(model.id, { direction: "descendants", depth: RELATIVES_DEPTH }),
    listTraitDeclarations(model.id),
    canWrite ? listTraits() : Promise.resolve([]),
    listAnnotations({ type: "model", id: model.id }, { limit: NOTES_PAGE_SIZE }),
  ]);
  const count = (lineage: { nodes: unknown[] }) => lineage.nodes.length - 1;
  return (
    <>
      <ModelHeader model={model} canExport={canExport} canAudit={canAudit} />
      <div className={layout.stack}>
        <ModelFacts model={model} />
        <Card
          title="Measurements"
          meta={model.latestMeasurements.length}
          description="Trait rates measured on this model, newest first."
          flush
          id="measurements"
          actions={canWrite && addLink(`/measurements/new?modelId=${model.id}`, "Add a measurement")}
        >
          <MeasurementsTable measurements={model.latestMeasurements} highlightId={recorded} />
        </Card>
        <TraitRatesSection model={model} />
        <ExposureCard modelId={model.id} />
        {(canWrite || declarations.items.length > 0) && (
          <TraitDeclarationsCard
            modelId={model.id}
            declarations={declarations.items}
            traits={traits.map((t) => ({ slug: t.slug, name: t.name }))}
            canWrite={canWrite}
          />
        )}
        <NotesCard subject={{ type: "model", id: model.id }} initialPage={notes} viewer={notesViewer} />
        <ModelLineageCard lineage={nearby}>
          <LineageMiniGraph lineage={nearby} />
        </ModelLineageCard>
        <div className={styles.columns}>
          <Card title="Produced by" meta={model.producedBy.length} flush id="produced-by">
            <ProducedByList runs={model.producedBy} />
          </Card>
          <Card
            title="Taught"
            meta={model.taught.length}
            description="Students trained on its data or naming it as teacher."
            flush
            id="taught"
          >
            <TaughtRunsList runs={model.taught} />
          </Card>
          <Card
            title="Generated datasets"
            meta={model.generated.length}
            flush
            id="generated-datasets"
            actions={canWrite && addLink(`/datasets/generations/new?teacherId=${model.id}`, "Record a generation")}
          >
            <GeneratedDatasetsList generations={model.generated} />
          </Card>
          <Card title="Derived models" meta={model.derivedModels.length} flush id="derived-models">
            <DerivedModelsList models={model.derivedModels} />
          </Card>
          <Card
            title="Ancestors"
            meta={count(ancestors)}
            description={`Up to ${RELATIVES_DEPTH} edges upstream.`}
            flush
            id="ancestors"
          >
            <LineageRelativesList lineage={ancestors} empty="Nothing recorded upstream: a base model." />
          </Card>
          <Card
            title="Descendants"
            meta={count(descendants)}
            description={`Up to ${RELATIVES_DEPTH} edges downstream.`}
            flush
            id="descendants"
          >
            <LineageRelativesList lineage={descendants} empty="Nothing recorded downstream yet." />
          </Card>
        </div>
      </div>
    </>
  );
}
