// A synthetic lineage, in memory, shaped like a workspace of distillation experiments: base models,
// teachers prompted or fine-tuned from them, each teacher's raw data and a filtered copy of it, and
// students initialised from a base, trained on one or two filtered datasets and taught by their
// teachers; some students go on to teach. Seeded, so that every run lays out the same graph.
import type { Lineage, LineageEdge, LineageNode } from "@/lib/lineage/lineage.types";

/** A small, seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `size` nodes: a tenth bases and teachers, a third datasets, the rest students. */
export function syntheticLineageGraph(size: number, seed = 42): Lineage {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const nodes: LineageNode[] = [];
  const edges: LineageEdge[] = [];
  const add = (id: string, type: LineageNode["type"], isBase = false) => {
    nodes.push({
      id,
      type,
      name: id,
      distance: 0,
      provider: "bench",
      recordCount: null,
      measured: next() < 0.5,
      isBase,
    });
    return id;
  };

  const bases = Array.from({ length: Math.max(1, Math.round(size * 0.02)) }, (_, i) => add(`base-${i}`, "model", true));
  const teachers = Array.from({ length: Math.max(1, Math.round(size * 0.08)) }, (_, i) => {
    const teacher = add(`teacher-${i}`, "model");
    edges.push({ source: pick(bases), target: teacher, kind: "initialized_from" });
    return teacher;
  });
  const filtered: { dataset: string; teacher: string }[] = [];
  const studentsWanted = size - nodes.length - Math.round(size * 0.3);
  for (let i = 0; nodes.length < size - studentsWanted; i++) {
    const teacher = pick(teachers);
    const raw = add(`raw-${i}`, "dataset");
    const kept = add(`filtered-${i}`, "dataset");
    edges.push(
      { source: teacher, target: raw, kind: "generated" },
      { source: raw, target: kept, kind: "filtered_from" },
    );
    filtered.push({ dataset: kept, teacher });
  }
  for (let i = 0; nodes.length < size; i++) {
    const student = add(`student-${i}`, "model");
    edges.push({ source: pick(bases), target: student, kind: "initialized_from" });
    const runs = next() < 0.3 ? 2 : 1;
    for (let run = 0; run < runs; run++) {
      const { dataset, teacher } = pick(filtered);
      edges.push(
        { source: dataset, target: student, kind: "trained_on" },
        { source: teacher, target: student, kind: "taught" },
      );
    }
    // A student now and then teaches on: it generates data a later student may be trained on.
    if (next() < 0.05 && nodes.length < size - 2) {
      const raw = add(`raw-of-student-${i}`, "dataset");
      edges.push({ source: student, target: raw, kind: "generated" });
      filtered.push({ dataset: raw, teacher: student });
    }
  }
  const unique = new Map(edges.map((edge) => [`${edge.source}>${edge.kind}>${edge.target}`, edge]));
  return { focus: nodes.at(-1)?.id ?? "", nodes, edges: [...unique.values()] };
}
