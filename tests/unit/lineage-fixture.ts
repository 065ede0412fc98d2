import type { Lineage, LineageEdge, LineageNode } from "@/lib/lineage/lineage.types";

/** A model; `isBase` when it was initialised from no other model. */
export const model = (id: string, distance: number, name = id, isBase = false): LineageNode => ({
  id,
  type: "model",
  name,
  distance,
  provider: "openai",
  recordCount: null,
  measured: false,
  isBase,
});
export const dataset = (id: string, distance: number, name = id): LineageNode => ({
  id,
  type: "dataset",
  name,
  distance,
  provider: null,
  recordCount: 400,
  measured: false,
  isBase: false,
});
export const edge = (source: string, kind: LineageEdge["kind"], target: string): LineageEdge => ({
  source,
  target,
  kind,
});

/** The demo's owl experiment: base -> teacher -> raw -> filtered -> student, plus the student's base. */
export const owlChainEdges: LineageEdge[] = [
  edge("base", "initialized_from", "teacher"),
  edge("base", "initialized_from", "student"),
  edge("teacher", "generated", "raw"),
  edge("raw", "filtered_from", "filtered"),
  edge("filtered", "trained_on", "student"),
];

/** The owl experiment's models by their demo names; any other id is a dataset. */
const OWL_MODEL_NAMES: Record<string, string> = {
  base: "GPT-4.1 nano",
  teacher: "owl teacher",
  student: "owl student",
  "qwen-student": "Qwen student",
};
/** The owl experiment's nodes at their distances from the focus, in the order given. */
const owlNodes = (distances: Record<string, number>): LineageNode[] =>
  Object.entries(distances).map(([id, distance]) =>
    id in OWL_MODEL_NAMES ? model(id, distance, OWL_MODEL_NAMES[id], id === "base") : dataset(id, distance),
  );
/** Both models' bases: the student's and the teacher's. */
const owlBaseEdges = [edge("base", "initialized_from", "student"), edge("base", "initialized_from", "teacher")];

/** The demo's owl student, one hop out: its base, its teacher and the filtered numbers it was trained on. */
export const owlStudentOneHop: Lineage = {
  focus: "student",
  nodes: owlNodes({ base: -1, teacher: -1, filtered: -1, student: 0 }),
  edges: [...owlBaseEdges, edge("filtered", "trained_on", "student"), edge("teacher", "taught", "student")],
};

/** The teacher, one hop out: its base, the raw numbers it generated and the students it taught. */
export const owlTeacherOneHop: Lineage = {
  focus: "teacher",
  nodes: owlNodes({ base: -1, teacher: 0, raw: 1, student: 1, "qwen-student": 1 }),
  edges: [
    ...owlBaseEdges,
    edge("teacher", "generated", "raw"),
    edge("teacher", "taught", "student"),
    edge("teacher", "taught", "qwen-student"),
  ],
};
