// The report's lineage figure: ELK's layered layout (the same options as the app's lineage explorer,
// lib/lineage/elk-graph.ts), left to right in the direction of flow, with each edge labelled by its kind.
// Models are rounded boxes coloured by role, datasets cylinders; the report subject has a heavier frame.
import type { ElkExtendedEdge, ElkLabel, ElkPoint } from "elkjs/lib/elk-api";
import { defined } from "@/lib/defined";
import { formatInteger } from "@/lib/format/format-number";
import { toElkGraph } from "@/lib/lineage/elk-graph";
import type { LineageEdgeKind, LineageNode } from "@/lib/lineage/lineage.types";
import { edgeKey } from "@/lib/lineage/merge-lineage";
import { routePath } from "@/lib/lineage/route-path";
import type { ModelRole } from "@/lib/models/model-role";
import type { ProvenanceBundle } from "../provenance.types";
import { bundleGraph } from "./bundle-graph";
import { figureNodeIds } from "./figure-nodes";
import { layoutElkSync } from "./layout-elk-sync";
import { ROLE_LABELS } from "./report-palette";
import { EDGE_KIND_LABELS } from "./report-words";
import { textWidth, wrapText } from "./text-metrics";

export const FIGURE_FONT = { name: 8.5, detail: 7, tag: 6.5, edge: 7 } as const;
const NODE_WIDTH = 120;
const PADDING_X = 7;
const PADDING_Y = 6;
const NAME_LINE = 10;
const DETAIL_LINE = 9;
/** Height of the ellipse that tops a dataset's cylinder. */
const CYLINDER_CAP = 8;
const ARROW_LENGTH = 5;
const ARROW_HALF_WIDTH = 2.6;

interface FigureNode {
  id: string;
  type: "model" | "dataset";
  role: ModelRole | "dataset";
  x: number;
  y: number;
  width: number;
  height: number;
  subject: boolean;
  /** Baselines are absolute (figure coordinates). */
  lines: { text: string; x: number; y: number; kind: "tag" | "name" | "detail" }[];
  /** A dataset's cylinder outline (SVG path); models are rounded rectangles. */
  outline: string | null;
  /** The cylinder's front rim (the lower half of its top ellipse), drawn over the fill. */
  rim: string | null;
}

interface FigureEdge {
  id: string;
  kind: LineageEdgeKind;
  points: ElkPoint[];
  path: string;
  arrowHead: string;
  label: { text: string; x: number; y: number; width: number; height: number };
}

export interface LineageFigure {
  width: number;
  height: number;
  nodes: FigureNode[];
  edges: FigureEdge[];
  /** Models and datasets of the report that the figure leaves out (see figure-nodes.ts). */
  omitted: number;
}

interface NodeText {
  lines: { text: string; kind: "tag" | "name" | "detail" }[];
  height: number;
}

function nodeText(node: { name: string; detail: string; subject: boolean; dataset: boolean }): NodeText {
  const inner = NODE_WIDTH - 2 * PADDING_X;
  const lines: NodeText["lines"] = [];
  if (node.subject) lines.push({ text: "REPORT SUBJECT", kind: "tag" });
  for (const text of wrapText(node.name, inner, { fontSize: FIGURE_FONT.name, bold: true }, 3))
    lines.push({ text, kind: "name" });
  for (const text of wrapText(node.detail, inner, { fontSize: FIGURE_FONT.detail }, 2))
    lines.push({ text, kind: "detail" });
  const height = lines.reduce((sum, line) => sum + (line.kind === "name" ? NAME_LINE : DETAIL_LINE), 0);
  return { lines, height: height + 2 * PADDING_Y + (node.dataset ? CYLINDER_CAP : 0) };
}

function cylinder(x: number, y: number, w: number, h: number): { outline: string; rim: string } {
  const rx = w / 2;
  const ry = CYLINDER_CAP / 2;
  const top = y + ry;
  const bottom = y + h - ry;
  return {
    outline: `M ${x} ${top} A ${rx} ${ry} 0 0 1 ${x + w} ${top} L ${x + w} ${bottom} A ${rx} ${ry} 0 0 1 ${x} ${bottom} Z`,
    rim: `M ${x} ${top} A ${rx} ${ry} 0 0 0 ${x + w} ${top}`,
  };
}

/** A filled triangle at the route's end, pointing along its last segment. */
function arrowHead(points: readonly ElkPoint[]): string {
  const end = points[points.length - 1];
  const before = points[points.length - 2];
  const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const [ux, uy] = [(end.x - before.x) / length, (end.y - before.y) / length];
  const base = { x: end.x - ux * ARROW_LENGTH, y: end.y - uy * ARROW_LENGTH };
  const r = (value: number) => Math.round(value * 10) / 10;
  const left = { x: base.x - uy * ARROW_HALF_WIDTH, y: base.y + ux * ARROW_HALF_WIDTH };
  const right = { x: base.x + uy * ARROW_HALF_WIDTH, y: base.y - ux * ARROW_HALF_WIDTH };
  return `M ${r(end.x)} ${r(end.y)} L ${r(left.x)} ${r(left.y)} L ${r(right.x)} ${r(right.y)} Z`;
}

/** The bundle's models and datasets as a laid-out figure. */
export function layoutLineageFigure(bundle: ProvenanceBundle): LineageFigure {
  const graph = bundleGraph(bundle);
  const focusDepth = Math.max(0, ...bundle.subject.focusModelIds.map((id) => graph.depthOf(id)));

  const details = new Map<
    string,
    { name: string; detail: string; subject: boolean; dataset: boolean; role: ModelRole | "dataset" }
  >();
  for (const model of bundle.models) {
    const role = graph.roleOf(model.id);
    details.set(model.id, {
      name: model.name,
      detail: `${ROLE_LABELS[role]} · ${model.provider}`,
      subject: graph.highlighted(model.id),
      dataset: false,
      role,
    });
  }
  for (const dataset of bundle.datasets) {
    const filtered = dataset.filteredFromId === null ? "" : " · filtered";
    details.set(dataset.id, {
      name: dataset.name,
      detail: `${formatInteger(dataset.recordCount)} records${filtered}`,
      subject: false,
      dataset: true,
      role: "dataset",
    });
  }
  const drawn = figureNodeIds([...details.keys()], bundle.edges, bundle.subject.focusModelIds);
  for (const id of [...details.keys()]) if (!drawn.has(id)) details.delete(id);
  const edges = bundle.edges.filter((edge) => drawn.has(edge.source) && drawn.has(edge.target));
  const texts = new Map([...details].map(([id, detail]) => [id, nodeText(detail)]));

  // toElkGraph orders each layer upstream first: the node's layer relative to the subject's serves as its distance.
  const nodes: LineageNode[] = [...details].map(([id, detail]) => ({
    id,
    type: detail.dataset ? "dataset" : "model",
    name: detail.name,
    distance: graph.depthOf(id) - focusDepth,
    provider: null,
    recordCount: null,
    measured: false,
    isBase: false,
  }));
  const elkGraph = toElkGraph({ nodes, edges }, (node) => ({
    width: NODE_WIDTH,
    height: defined(texts.get(node.id), `text of ${node.id}`).height,
  }));
  const kinds = new Map(edges.map((edge) => [edgeKey(edge), edge.kind]));
  elkGraph.layoutOptions = {
    ...elkGraph.layoutOptions,
    // Each gap between layers holds an edge label: spacing beyond it is kept small so the figure fits a page's width.
    "elk.layered.spacing.nodeNodeBetweenLayers": "16",
    "elk.layered.spacing.edgeNodeBetweenLayers": "8",
    "elk.spacing.nodeNode": "22",
    "elk.spacing.edgeLabel": "2",
    "elk.edgeLabels.placement": "CENTER",
    // Every node nothing flows into (base models, uploaded datasets) in the first layer: otherwise ELK may
    // pull a second base model rightwards next to its children, and the figure grows wider than a page.
    "elk.layered.layering.strategy": "LONGEST_PATH_SOURCE",
    "elk.padding": "[top=4,left=4,bottom=4,right=4]",
  };
  elkGraph.edges = (elkGraph.edges ?? []).map((edge): ElkExtendedEdge => {
    const text = EDGE_KIND_LABELS[defined(kinds.get(edge.id), `kind of edge ${edge.id}`)];
    return {
      ...edge,
      labels: [
        {
          id: `${edge.id}:label`,
          text,
          width: textWidth(text, { fontSize: FIGURE_FONT.edge }) + 4,
          height: FIGURE_FONT.edge + 3,
        },
      ],
    };
  });

  const laid = layoutElkSync(elkGraph);
  const figureNodes = (laid.children ?? []).map((child): FigureNode => {
    const detail = defined(details.get(child.id), `node ${child.id}`);
    const x = child.x ?? 0;
    const y = child.y ?? 0;
    const width = child.width ?? NODE_WIDTH;
    const height = child.height ?? 0;
    // Each line gets a band of its line height; its baseline sits a third of the font size below the band's middle.
    let top = y + PADDING_Y + (detail.dataset ? CYLINDER_CAP : 0);
    const lines = defined(texts.get(child.id), `text of ${child.id}`).lines.map((line) => {
      const step = line.kind === "name" ? NAME_LINE : DETAIL_LINE;
      const baseline = top + step / 2 + FIGURE_FONT[line.kind] * 0.35;
      top += step;
      return { ...line, x: x + PADDING_X, y: baseline };
    });
    const shape = detail.dataset ? cylinder(x, y, width, height) : null;
    return {
      id: child.id,
      type: detail.dataset ? "dataset" : "model",
      role: detail.role,
      x,
      y,
      width,
      height,
      subject: detail.subject,
      lines,
      outline: shape?.outline ?? null,
      rim: shape?.rim ?? null,
    };
  });
  const figureEdges = (laid.edges ?? []).flatMap((edge): FigureEdge[] => {
    const points = (edge.sections ?? []).flatMap((section) => [
      section.startPoint,
      ...(section.bendPoints ?? []),
      section.endPoint,
    ]);
    if (points.length < 2) return [];
    const label: ElkLabel = edge.labels?.[0] ?? { id: "", text: "" };
    return [
      {
        id: edge.id,
        kind: defined(kinds.get(edge.id), `kind of edge ${edge.id}`),
        points,
        path: routePath(points),
        arrowHead: arrowHead(points),
        label: {
          text: label.text ?? "",
          x: label.x ?? 0,
          y: label.y ?? 0,
          width: label.width ?? 0,
          height: label.height ?? 0,
        },
      },
    ];
  });
  const omitted = bundle.models.length + bundle.datasets.length - figureNodes.length;
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes: figureNodes, edges: figureEdges, omitted };
}
