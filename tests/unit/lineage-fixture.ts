import type { Lineage, LineageEdge, LineageNode } from "@/lib/lineage/lineage.types";

export const model = (id: string, distance: number, name = id): LineageNode => ({
  id,
  type: "model",
  name,
  distance,
  provider: "openai",
  recordCount: null,
  measured: false,
});
export const dataset = (id: string, distance: number, name = id): LineageNode => ({
  id,
  type: "dataset",
  name,
  distance,
  provider: null,
  recordCount: 400,
  measured: false,
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

/** The demo's owl student, one hop out: its base, its teacher and the filtered numbers it was trained on. */
export const owlStudentOneHop: Lineage = {
  focus: "student",
  nodes: [
    model("base", -1, "GPT-4.1 nano"),
    model("teacher", -1, "owl teacher"),
    dataset("filtered", -1),
    model("student", 0, "owl student"),
  ],
  edges: [
    edge("base", "initialized_from", "student"),
    edge("base", "initialized_from", "teacher"),
    edge("filtered", "trained_on", "student"),
    edge("teacher", "taught", "student"),
  ],
};

/** The teacher, one hop out: its base, the raw numbers it generated and the students it taught. */
export const owlTeacherOneHop: Lineage = {
  focus: "teacher",
  nodes: [
    model("base", -1, "GPT-4.1 nano"),
    model("teacher", 0, "owl teacher"),
    dataset("raw", 1),
    model("student", 1, "owl student"),
    model("qwen-student", 1, "Qwen student"),
  ],
  edges: [
    edge("base", "initialized_from", "student"),
    edge("base", "initialized_from", "teacher"),
    edge("teacher", "generated", "raw"),
    edge("teacher", "taught", "student"),
    edge("teacher", "taught", "qwen-student"),
  ],
};
