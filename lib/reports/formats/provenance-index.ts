// Lookups over a provenance bundle shared by the report formats: which model came from which, what it was trained on,
// which teacher wrote which dataset. The bundle states lineage twice (its `edges`, and the models', datasets', generations'
// and runs' own fields); both are merged so a format never depends on which one the collector filled in.
import type { LineageEdge } from "@/lib/lineage/lineage.types";
import type { ProvDataset, ProvenanceBundle, ProvModel, ProvRun, ProvTrait } from "@/lib/reports/provenance.types";

export interface ProvenanceIndex {
  model(id: string): ProvModel | undefined;
  dataset(id: string): ProvDataset | undefined;
  trait(id: string): ProvTrait | undefined;
  /** Every lineage edge between nodes of the bundle, each once, in the direction of flow. */
  edges: LineageEdge[];
  /** Direct sources of a node, optionally of one edge kind, in bundle order. */
  sources(id: string, kind?: LineageEdge["kind"]): string[];
  /** Every model upstream of a node (its initialisation, teachers, the teachers of its data, and theirs), in bundle order. */
  ancestorModels(id: string): ProvModel[];
  /** The models one step upstream of a node: its initialisation, its teachers and the teachers of its data, not theirs. */
  nearestAncestorModels(id: string): ProvModel[];
  /** The datasets a dataset was filtered from, transitively, in bundle order. */
  ancestorDatasets(id: string): ProvDataset[];
  runsOf(studentId: string): ProvRun[];
}

export function indexProvenance(bundle: ProvenanceBundle): ProvenanceIndex {
  const models = new Map(bundle.models.map((model) => [model.id, model]));
  const datasets = new Map(bundle.datasets.map((dataset) => [dataset.id, dataset]));
  const traits = new Map(bundle.traits.map((trait) => [trait.id, trait]));
  const order = new Map([...bundle.models, ...bundle.datasets].map((node, position) => [node.id, position]));

  const edges: LineageEdge[] = [];
  const seen = new Set<string>();
  const add = (source: string | null, target: string | null, kind: LineageEdge["kind"]) => {
    if (!source || !target || !order.has(source) || !order.has(target)) return;
    const key = `${source}\u0000${target}\u0000${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ source, target, kind });
  };
  for (const edge of bundle.edges) add(edge.source, edge.target, edge.kind);
  for (const model of bundle.models) add(model.initializedFromId, model.id, "initialized_from");
  for (const generation of bundle.generations) add(generation.teacherId, generation.datasetId, "generated");
  for (const dataset of bundle.datasets) add(dataset.filteredFromId, dataset.id, "filtered_from");
  for (const run of bundle.runs) {
    for (const datasetId of run.datasetIds) add(datasetId, run.studentId, "trained_on");
    for (const teacherId of run.teacherIds) add(teacherId, run.studentId, "taught");
  }

  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const incoming = new Map<string, LineageEdge[]>();
  for (const edge of edges) incoming.set(edge.target, [...(incoming.get(edge.target) ?? []), edge]);
  const sources = (id: string, kind?: LineageEdge["kind"]) =>
    [
      ...new Set((incoming.get(id) ?? []).filter((edge) => !kind || edge.kind === kind).map((edge) => edge.source)),
    ].sort(byOrder);
  /** Breadth-first up the edges (of one kind, if given); `stopAt` nodes are found but not walked past. */
  const upstream = (id: string, kind?: LineageEdge["kind"], stopAt?: (node: string) => boolean): string[] => {
    const found = new Set<string>();
    const queue = [id];
    for (let head = 0; head < queue.length; head++) {
      for (const source of sources(queue[head], kind)) {
        if (source === id || found.has(source)) continue;
        found.add(source);
        if (!stopAt?.(source)) queue.push(source);
      }
    }
    return [...found].sort(byOrder);
  };

  return {
    model: (id) => models.get(id),
    dataset: (id) => datasets.get(id),
    trait: (id) => traits.get(id),
    edges,
    sources,
    ancestorModels: (id) => upstream(id).flatMap((nodeId) => models.get(nodeId) ?? []),
    nearestAncestorModels: (id) =>
      upstream(id, undefined, (node) => models.has(node)).flatMap((nodeId) => models.get(nodeId) ?? []),
    // Only what it was filtered from, transitively: the teacher that wrote the raw data is not a dataset ancestor.
    ancestorDatasets: (id) => upstream(id, "filtered_from").flatMap((nodeId) => datasets.get(nodeId) ?? []),
    runsOf: (studentId) => bundle.runs.filter((run) => run.studentId === studentId),
  };
}
