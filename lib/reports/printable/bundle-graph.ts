// Questions the report asks of a bundle's lineage: a model's base, its teachers and training data, its
// role, how far downstream each node sits. Pure, over the bundle only (no database).
import { modelRole, type ModelRole } from "@/lib/models/model-role";
import type { ProvDataset, ProvModel, ProvRun, ProvenanceBundle } from "../provenance.types";

export interface BundleGraph {
  bundle: ProvenanceBundle;
  model: (id: string) => ProvModel | undefined;
  dataset: (id: string) => ProvDataset | undefined;
  /** The first model along initializedFromId that has no recorded initialisation (the model itself for a base). */
  rootOf: (modelId: string) => ProvModel | undefined;
  roleOf: (modelId: string) => ModelRole;
  /** Runs that produced the model. */
  runsOf: (studentId: string) => ProvRun[];
  /** Teachers of the model: named on its runs, or generators of the data its runs trained on (through filtering). */
  teachersOf: (studentId: string) => ProvModel[];
  /** Layer of a node in the direction of flow: 0 for nodes nothing flows into. */
  depthOf: (nodeId: string) => number;
  /**
   * Whether figures mark the model as the report's subject: in a model or lineage report, the one model it
   * is about. A trait report is about every model measured for the trait, so none stands out.
   */
  highlighted: (modelId: string) => boolean;
}

export function bundleGraph(bundle: ProvenanceBundle): BundleGraph {
  const models = new Map(bundle.models.map((m) => [m.id, m]));
  const datasets = new Map(bundle.datasets.map((d) => [d.id, d]));

  const rootOf = (modelId: string) => {
    let current = models.get(modelId);
    const seen = new Set<string>();
    while (current?.initializedFromId && models.has(current.initializedFromId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = models.get(current.initializedFromId);
    }
    return current;
  };

  const runsOf = (studentId: string) => bundle.runs.filter((run) => run.studentId === studentId);

  /** The dataset and those it was filtered from, nearest first. */
  const upstreamDatasets = (datasetId: string) => {
    const chain: string[] = [];
    let current: string | null = datasetId;
    while (current !== null && !chain.includes(current)) {
      chain.push(current);
      current = datasets.get(current)?.filteredFromId ?? null;
    }
    return chain;
  };

  const teachersOf = (studentId: string) => {
    const ids = new Set<string>();
    for (const run of runsOf(studentId)) {
      for (const teacherId of run.teacherIds) ids.add(teacherId);
      const fed = new Set(run.datasetIds.flatMap(upstreamDatasets));
      for (const generation of bundle.generations)
        if (generation.datasetId !== null && fed.has(generation.datasetId)) ids.add(generation.teacherId);
    }
    return [...ids].flatMap((id) => models.get(id) ?? []);
  };

  const roleOf = (modelId: string): ModelRole => {
    const model = models.get(modelId);
    if (!model) return "derived";
    return modelRole({
      initializedFrom: model.initializedFromId,
      systemPromptSha256: model.systemPromptSha256,
      baseRelation: model.baseRelation,
      producedByRunCount: runsOf(modelId).length,
      generationCount: bundle.generations.filter((g) => g.teacherId === modelId).length,
    });
  };

  // Longest path from a node nothing flows into; the bundle's edges form a DAG (the database refuses cycles),
  // but a guard keeps a malformed bundle from looping.
  const incoming = new Map<string, string[]>();
  for (const edge of bundle.edges) incoming.set(edge.target, [...(incoming.get(edge.target) ?? []), edge.source]);
  const depths = new Map<string, number>();
  const depthOf = (nodeId: string, visiting = new Set<string>()): number => {
    const known = depths.get(nodeId);
    if (known !== undefined) return known;
    if (visiting.has(nodeId)) return 0;
    visiting.add(nodeId);
    const sources = incoming.get(nodeId) ?? [];
    const depth = sources.length === 0 ? 0 : 1 + Math.max(...sources.map((source) => depthOf(source, visiting)));
    visiting.delete(nodeId);
    depths.set(nodeId, depth);
    return depth;
  };

  return {
    bundle,
    model: (id) => models.get(id),
    dataset: (id) => datasets.get(id),
    rootOf,
    roleOf,
    runsOf,
    teachersOf,
    depthOf: (nodeId) => depthOf(nodeId),
    highlighted: (modelId) => bundle.subject.scope !== "trait" && bundle.subject.focusModelIds.includes(modelId),
  };
}
