import type { Metadata } from "next";
import { NotesCard } from "@/components/annotations/notes-card";
import { NOTES_PAGE_SIZE, notesViewerOf } from "@/components/annotations/notes-path";
import { cache } from "react";
import { DatasetFacts } from "@/components/datasets/dataset-facts";
import { DatasetHeader } from "@/components/datasets/dataset-header";
import { DatasetInspector } from "@/components/datasets/dataset-inspector";
import { DatasetProvenance } from "@/components/datasets/dataset-provenance";
import { FilteredDatasetsList } from "@/components/datasets/filtered-datasets-list";
import { TrainedRunsList } from "@/components/datasets/trained-runs-list";
import { Card } from "@/components/ui/card";
import layout from "@/components/ui/layout.module.css";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { requireActor } from "@/lib/auth/current-user";
import { suggestedControlName } from "@/lib/datasets/dataset-facts";
import type { DatasetDetail } from "@/lib/datasets/dataset.types";
import { getDataset } from "@/lib/datasets/get-dataset";
import { inspectorTabOf } from "@/lib/datasets/inspector-tabs";
import { listDatasetRecords } from "@/lib/datasets/list-dataset-records";
import { listDatasets } from "@/lib/datasets/list-datasets";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { orNotFound } from "../../or-not-found";
import { singleParam } from "../../search-params";
import styles from "./dataset-page.module.css";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string | string[]; control?: string | string[] }>;
};

const FIRST_RECORDS = 100;

// One database read per request, shared by generateMetadata and the page.
const loadDataset = cache(async (id: string): Promise<DatasetDetail> => {
  await requireActor();
  return orNotFound(getDataset(id));
});

/** The demo's control data for the demo owl data; nothing otherwise (see suggestedControlName). */
async function findSuggestedControl(dataset: DatasetDetail): Promise<{ id: string; name: string } | null> {
  const name = suggestedControlName(dataset);
  if (!name) return null;
  const page = await listDatasets({ q: name, limit: 5 });
  const match = page.items.find((item) => item.name === name && item.isDemo && item.id !== dataset.id);
  return match ? { id: match.id, name: match.name } : null;
}

/** The control named in ?control=, when it is another dataset that exists. */
async function findControl(id: string | undefined, datasetId: string): Promise<{ id: string; name: string } | null> {
  if (!id || id === datasetId) return null;
  try {
    const control = await getDataset(id);
    return { id: control.id, name: control.name };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dataset = await loadDataset((await params).id);
  return { title: dataset.name };
}

export default async function DatasetPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const dataset = await loadDataset((await params).id);
  const query = await searchParams;
  const initialTab = inspectorTabOf(singleParam(query.tab));
  const [firstRecords, suggestedControl, initialControl, notes] = await Promise.all([
    listDatasetRecords(dataset.id, { limit: FIRST_RECORDS }),
    findSuggestedControl(dataset),
    findControl(singleParam(query.control), dataset.id),
    listAnnotations({ type: "dataset", id: dataset.id }, { limit: NOTES_PAGE_SIZE }),
  ]);

  return (
    <>
      <DatasetHeader dataset={dataset} canAudit={actor.scopes.includes("audit:read")} />
      <div className={layout.stack}>
        <DatasetProvenance dataset={dataset} />
        <DatasetFacts dataset={dataset} />
        <div className={styles.columns}>
          <Card title="Filtered from this dataset" meta={dataset.filteredDatasets.length} flush id="filtered-datasets">
            <FilteredDatasetsList dataset={dataset} />
          </Card>
          <Card
            title="Students trained on it"
            meta={dataset.runs.length}
            description="Distillation runs that used this dataset."
            flush
            id="runs"
          >
            <TrainedRunsList runs={dataset.runs} />
          </Card>
        </div>
        <NotesCard subject={{ type: "dataset", id: dataset.id }} initialPage={notes} viewer={notesViewerOf(actor)} />
        <DatasetInspector
          dataset={{ id: dataset.id, name: dataset.name, recordCount: dataset.recordCount }}
          initialTab={initialTab}
          initialRecords={firstRecords}
          suggestedControl={suggestedControl}
          initialControl={initialControl}
        />
      </div>
    </>
  );
}
