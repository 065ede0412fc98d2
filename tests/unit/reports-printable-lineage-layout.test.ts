import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { toElkGraph } from "@/lib/lineage/elk-graph";
import { fitFigure, sliceAt } from "@/lib/reports/printable/figure-slices";
import { layoutElkSync } from "@/lib/reports/printable/layout-elk-sync";
import { FIGURE_FONT, layoutLineageFigure, type LineageFigure } from "@/lib/reports/printable/lineage-figure-layout";
import { textWidth } from "@/lib/reports/printable/text-metrics";
import { owlProvenanceBundle } from "@/tests/support/owl-provenance-bundle";
import { manyModelsBundle } from "./reports-printable-bundles";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
const inside = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

function expectLegible(figure: LineageFigure) {
  const boxes: Box[] = [...figure.nodes, ...figure.edges.map((edge) => edge.label)];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      expect(apart(a, b), `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
  for (const node of figure.nodes) {
    expect(inside(node, { x: 0, y: 0, width: figure.width, height: figure.height })).toBe(true);
    for (const line of node.lines) {
      const size = FIGURE_FONT[line.kind];
      // Each line starts inside the box, ends before its right edge, and its baseline lies within the box.
      expect(line.x).toBeGreaterThan(node.x);
      expect(line.x + textWidth(line.text, { fontSize: size, bold: line.kind !== "detail" })).toBeLessThanOrEqual(
        node.x + node.width,
      );
      expect(line.y - size * 0.75).toBeGreaterThan(node.y);
      expect(line.y).toBeLessThan(node.y + node.height);
    }
  }
}

describe("the lineage figure of the owl student", () => {
  const figure = layoutLineageFigure(owlProvenanceBundle());
  const node = (id: string) => figure.nodes.find((n) => n.id === id)!;

  it("lays the nodes out left to right in the direction of flow", () => {
    const x = (id: string) => node(id).x;
    expect(x("m_base")).toBeLessThan(x("m_owl_teacher"));
    expect(x("m_owl_teacher")).toBeLessThan(x("d_owl_raw"));
    expect(x("d_owl_raw")).toBeLessThan(x("d_owl_filtered"));
    expect(x("d_owl_filtered")).toBeLessThan(x("m_owl_student"));
  });

  it("draws models as boxes coloured by role and datasets as cylinders, and marks the report subject", () => {
    expect(figure.nodes.map((n) => [n.id, n.role, n.outline === null ? "box" : "cylinder", n.subject])).toEqual(
      expect.arrayContaining([
        ["m_base", "base", "box", false],
        ["m_owl_teacher", "teacher", "box", false],
        ["d_owl_raw", "dataset", "cylinder", false],
        ["d_owl_filtered", "dataset", "cylinder", false],
        ["m_owl_student", "student", "box", true],
      ]),
    );
    expect(node("m_owl_student").lines.map((l) => l.text)).toEqual([
      "REPORT SUBJECT",
      "GPT-4.1 nano",
      "owl-numbers student",
      "Student · openai",
    ]);
    expect(node("d_owl_filtered").lines.map((l) => l.text)).toEqual([
      "Owl teacher numbers",
      "(filtered)",
      "1,104 records · filtered",
    ]);
  });

  it("labels every edge by its kind and ends it with an arrowhead at its target", () => {
    expect(figure.edges.map((e) => [e.id, e.label.text]).sort()).toEqual([
      ["d_owl_filtered>trained_on>m_owl_student", "trained on"],
      ["d_owl_raw>filtered_from>d_owl_filtered", "filtered"],
      ["m_base>initialized_from>m_owl_student", "initialised from"],
      ["m_base>initialized_from>m_owl_teacher", "initialised from"],
      ["m_owl_teacher>generated>d_owl_raw", "generated"],
    ]);
    const trained = figure.edges.find((e) => e.kind === "trained_on")!;
    const end = trained.points[trained.points.length - 1];
    expect(end.x).toBeCloseTo(node("m_owl_student").x, 6);
    expect(trained.arrowHead.startsWith(`M ${Math.round(end.x * 10) / 10} ${Math.round(end.y * 10) / 10} L`)).toBe(
      true,
    );
    expect(trained.path.startsWith("M ")).toBe(true);
  });

  it("keeps boxes, edge labels and text apart", () => {
    expectLegible(figure);
  });

  it("fits one landscape page without slicing", () => {
    expect(fitFigure(figure, figure.nodes, 762, 400)).toEqual({
      scale: expect.any(Number),
      slices: [[0, figure.height]],
    });
    expect(fitFigure(figure, figure.nodes, 762, 400).scale).toBeGreaterThan(0.85);
  });
});

describe("the lineage figure of thirty models", () => {
  const figure = layoutLineageFigure(manyModelsBundle(30));

  it("has every model and dataset, none overlapping, all text inside its box", () => {
    expect(figure.nodes.filter((n) => n.type === "model")).toHaveLength(30);
    expectLegible(figure);
  });

  it("keeps base models in the first layer, so that the figure stays five layers wide", () => {
    const columns = new Set(figure.nodes.map((n) => Math.round(n.x)));
    expect(columns.size).toBe(5);
    const first = Math.min(...columns);
    expect(figure.nodes.filter((n) => n.role === "base").every((n) => Math.round(n.x) === first)).toBe(true);
  });

  it("does not mark subjects in a trait report, which is about every measured model", () => {
    expect(figure.nodes.some((n) => n.subject)).toBe(false);
  });

  it("is printed in slices cut between boxes, each at most a page tall", () => {
    const fit = fitFigure(figure, figure.nodes, 762, 400);
    expect(fit.slices.length).toBeGreaterThan(1);
    expect(fit.slices[0][0]).toBe(0);
    expect(fit.slices[fit.slices.length - 1][1]).toBe(figure.height);
    for (const [top, bottom] of fit.slices) {
      expect((bottom - top) * fit.scale).toBeLessThanOrEqual(400 + 1e-9);
      // No box straddles a cut.
      for (const n of figure.nodes) expect(bottom <= n.y || bottom >= n.y + n.height).toBe(true);
    }
  });
});

describe("slicing", () => {
  it("cuts in the gap below the last box that fits, or at the page when a box is taller than a page", () => {
    expect(
      sliceAt(
        100,
        [
          { y: 0, height: 30 },
          { y: 40, height: 30 },
          { y: 80, height: 20 },
        ],
        75,
      ),
    ).toEqual([
      [0, 74],
      [74, 100],
    ]);
    expect(sliceAt(100, [{ y: 0, height: 100 }], 60)).toEqual([
      [0, 60],
      [60, 100],
    ]);
  });
});

describe("ELK run synchronously", () => {
  it("gives the same layout as elkjs's promise API", async () => {
    const bundle = owlProvenanceBundle();
    const nodes = [
      ...bundle.models.map((m) => ({ id: m.id, type: "model" as const })),
      ...bundle.datasets.map((d) => ({ id: d.id, type: "dataset" as const })),
    ].map((n, i) => ({
      ...n,
      name: n.id,
      distance: i,
      provider: null,
      recordCount: null,
      measured: false,
      isBase: false,
    }));
    const graph = toElkGraph({ nodes, edges: bundle.edges }, () => ({ width: 100, height: 40 }));
    const sync = layoutElkSync(graph);
    const promised = await new ELK().layout(structuredClone(graph));
    const positions = (g: typeof sync) => (g.children ?? []).map((c) => [c.id, c.x, c.y]);
    expect(positions(sync)).toEqual(positions(promised));
    expect(sync.edges?.map((e) => e.sections)).toEqual(promised.edges?.map((e) => e.sections));
    // The input graph is left as it was.
    expect(graph.children?.[0].x).toBeUndefined();
  });
});
