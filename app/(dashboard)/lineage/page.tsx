import { FileQuestion, Network } from "lucide-react";
import type { Metadata } from "next";
import { LineageExplorer } from "@/components/lineage/lineage-explorer";
import { LineageWorkspace } from "@/components/lineage/lineage-workspace";
import { EmptyState } from "@/components/ui/empty-state";
import layout from "@/components/ui/layout.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { actorHasScope } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { getLineage } from "@/lib/lineage/get-lineage";
import { ZLineageQuery, type Lineage } from "@/lib/lineage/lineage.types";
import { traceTrainingData } from "@/lib/lineage/trace-training-data";
import { listModels } from "@/lib/models/list-models";
import type { ModelRef } from "@/lib/models/model-dto";
import { defaultLineageModel } from "./default-lineage-model";

export const metadata: Metadata = { title: "Lineage" };

// Two edges: a student's bases, teachers and training data, and what those came from; with the training
// data traced back to its teacher (below), the first view shows the whole teacher -> data -> student path.
const DEFAULT_DEPTH = 2;

type SearchParams = Promise<Record<"model" | "direction" | "depth", string | string[] | undefined>>;

const single = (value: string | string[] | undefined) =>
  typeof value === "string" && value !== "" ? value : undefined;

async function loadLineage(
  modelId: string,
  query: { direction: "ancestors" | "descendants" | "both"; depth: number },
): Promise<Lineage | null> {
  try {
    return await traceTrainingData(await getLineage(modelId, query));
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export default async function LineagePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const params = await searchParams;
  // Two hops around the focus unless asked otherwise: larger graphs are hard to follow; expand from there.
  const parsed = ZLineageQuery.safeParse({
    direction: single(params.direction),
    depth: single(params.depth) ?? DEFAULT_DEPTH,
  });
  const query = parsed.success ? parsed.data : ZLineageQuery.parse({ depth: DEFAULT_DEPTH });
  const recent = await listModels({ limit: 50 });
  const modelId = single(params.model) ?? (await defaultLineageModel(recent.items));
  const lineage = modelId ? await loadLineage(modelId, query) : null;

  const focus = lineage?.nodes.find((node) => node.id === lineage.focus);
  const selected: ModelRef | null = focus
    ? { id: focus.id, name: focus.name, version: null, provider: focus.provider ?? "" }
    : null;
  const options: ModelRef[] = recent.items.map(({ id, name, version, provider }) => ({ id, name, version, provider }));

  return (
    <>
      <PageHeader
        title="Lineage"
        description="Where a model came from and what came of it: the models it was initialised from, the teachers and data it was trained on, and the students trained on what it generated. Training data is always traced back to the teacher that generated it, whatever the depth."
      />
      <LineageExplorer selected={selected} modelOptions={options} direction={query.direction} depth={query.depth}>
        {lineage ? (
          <LineageWorkspace
            key={`${lineage.focus}:${query.direction}:${query.depth}`}
            lineage={lineage}
            direction={query.direction}
            depth={query.depth}
            canExportReports={actorHasScope(actor, "reports:export")}
          />
        ) : (
          <div className={layout.emptyBox}>
            {modelId ? (
              <EmptyState
                icon={<FileQuestion size={18} />}
                title="Model not found"
                description="No model with this id exists in this workspace. Choose another model above."
              />
            ) : (
              <EmptyState
                icon={<Network size={18} />}
                title="No models registered yet"
                description="Register models, the datasets they generated and the runs that trained students on them; their lineage appears here."
              />
            )}
          </div>
        )}
      </LineageExplorer>
    </>
  );
}
