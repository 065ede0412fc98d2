// Where each model sits on the trait chart (the paper's owl chart): grouped along the x axis by
// lineage generation, coloured by base family, controls apart, and each family's base rate as a line.
import type { Estimate } from "@/lib/stats/interval";
import type { LineageGroup } from "@/lib/traits/lineage-group";

export type { LineageGroup };

const GROUP_ORDER: readonly LineageGroup[] = ["base", "teacher", "student", "grand-student"];

export const GROUP_LABELS: Record<LineageGroup, string> = {
  base: "Base",
  teacher: "Teachers",
  student: "Students",
  "grand-student": "Grand-students",
};

/** One entry of a TraitChart (lib/traits/get-trait-chart.ts), as much of it as the layout needs. */
export interface TraitChartModelInput {
  /** Unique among the entries (a model, or a condition's seed students, under one protocol). */
  key: string;
  model: { id: string; name: string; initializedFrom: { id: string; name: string } | null };
  group: LineageGroup;
  isControl: boolean;
  rate: Estimate;
  measurements: { sampleCount: number | null }[];
}

export interface TraitChartPoint {
  x: number;
  key: string;
  /** The model to link to (a condition's first student). */
  id: string;
  name: string;
  group: LineageGroup;
  isControl: boolean;
  /** Index of the model's base family (0 = the first family met), for its colour. */
  family: number;
  familyName: string;
  estimate: number;
  low: number;
  high: number;
  method: string;
  /** Why there is no interval (one value, no spread), when there is none. */
  noInterval?: string;
  /** Below and above the estimate, for an asymmetric error bar (cut at 0 and 100% on a rate scale). */
  error: [number, number];
  /** On a rate scale, the interval went below 0 or above 100% and its bar is cut there. */
  clipped: { low: boolean; high: boolean };
  seeds: number;
  /** Samples across all measurements, or null when some measurement has no count. */
  samples: number | null;
}

interface TraitChartGroupBand {
  group: LineageGroup;
  label: string;
  x1: number;
  x2: number;
}

interface TraitChartFamily {
  index: number;
  rootId: string;
  rootName: string;
}

interface TraitChartBaseLine {
  family: number;
  modelId: string;
  name: string;
  rate: number;
}

export interface TraitChartLayout {
  points: TraitChartPoint[];
  groups: TraitChartGroupBand[];
  families: TraitChartFamily[];
  baseLines: TraitChartBaseLine[];
  domain: [number, number];
}

// Models of one group sit one unit apart; a group's band reaches half a unit beyond its outer models,
// and the next group starts a little further on, so that the bands read as separate columns.
const GROUP_GAP = 1.4;
const BAND_MARGIN = 0.6;

/** The root of a model along initializedFrom, as far as the chart's models (and their parents) go. */
function familyRoot(
  model: TraitChartModelInput["model"],
  byId: Map<string, TraitChartModelInput["model"]>,
): { id: string; name: string } {
  let current: { id: string; name: string } = model;
  let parent = model.initializedFrom;
  const seen = new Set([model.id]);
  while (parent && !seen.has(parent.id)) {
    seen.add(parent.id);
    current = parent;
    parent = byId.get(parent.id)?.initializedFrom ?? null;
  }
  return { id: current.id, name: current.name };
}

/**
 * Points in group order (base, teachers, students, grand-students; non-controls first, then by name).
 * On a rate scale an interval beyond [0, 1] (a t-interval near 0% can reach below it) is cut at the
 * axis and marked, so the axis stays 0-100%.
 */
export function layoutTraitChart(
  models: readonly TraitChartModelInput[],
  scale: "rate" | "score" = "rate",
): TraitChartLayout {
  const byId = new Map(models.map((m) => [m.model.id, m.model]));
  const sorted = [...models].sort(
    (a, b) =>
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
      Number(a.isControl) - Number(b.isControl) ||
      a.model.name.localeCompare(b.model.name),
  );
  const families: TraitChartFamily[] = [];
  const familyOf = (root: { id: string; name: string }) => {
    let family = families.find((f) => f.rootId === root.id);
    if (!family) {
      family = { index: families.length, rootId: root.id, rootName: root.name };
      families.push(family);
    }
    return family;
  };
  // Families are numbered base models first, so that the usual base gets the first colour.
  for (const m of sorted) familyOf(familyRoot(m.model, byId));

  const points: TraitChartPoint[] = [];
  const groups: TraitChartGroupBand[] = [];
  let x = 0;
  for (const group of GROUP_ORDER) {
    const members = sorted.filter((m) => m.group === group);
    if (members.length === 0) continue;
    if (points.length > 0) x += GROUP_GAP - 1;
    const first = x;
    for (const m of members) {
      const family = familyOf(familyRoot(m.model, byId));
      const counts = m.measurements.map((measurement) => measurement.sampleCount);
      const clipped = { low: scale === "rate" && m.rate.low < 0, high: scale === "rate" && m.rate.high > 1 };
      const low = clipped.low ? 0 : m.rate.low;
      const high = clipped.high ? 1 : m.rate.high;
      points.push({
        x,
        key: m.key,
        id: m.model.id,
        name: m.model.name,
        group,
        isControl: m.isControl,
        family: family.index,
        familyName: family.rootName,
        estimate: m.rate.estimate,
        low: m.rate.low,
        high: m.rate.high,
        method: m.rate.method,
        ...(m.rate.noInterval ? { noInterval: m.rate.noInterval } : {}),
        error: [Math.max(0, m.rate.estimate - low), Math.max(0, high - m.rate.estimate)],
        clipped,
        seeds: m.measurements.length,
        samples: counts.every((n): n is number => n !== null) ? counts.reduce((sum, n) => sum + n, 0) : null,
      });
      x += 1;
    }
    groups.push({ group, label: GROUP_LABELS[group], x1: first - BAND_MARGIN, x2: x - 1 + BAND_MARGIN });
  }

  const baseLines = families.flatMap((family): TraitChartBaseLine[] => {
    const root = points.find((p) => p.id === family.rootId && !p.key.startsWith("condition:"));
    return root ? [{ family: family.index, modelId: root.id, name: root.name, rate: root.estimate }] : [];
  });
  const domain: [number, number] = groups.length === 0 ? [0, 1] : [groups[0].x1, groups[groups.length - 1].x2];
  return { points, groups, families, baseLines, domain };
}
