// Where each model sits on the trait chart (the paper's owl chart): grouped along the x axis by
// lineage generation, coloured by base family, controls apart, and each family's base rate as a line.
import type { Estimate } from "@/lib/stats/interval";

export type LineageGroup = "base" | "teacher" | "student" | "grand-student";

export const GROUP_ORDER: readonly LineageGroup[] = ["base", "teacher", "student", "grand-student"];

export const GROUP_LABELS: Record<LineageGroup, string> = {
  base: "Base",
  teacher: "Teachers",
  student: "Students",
  "grand-student": "Grand-students",
};

/** One model of a TraitChart (lib/traits/get-trait-chart.ts), as much of it as the layout needs. */
export interface TraitChartModelInput {
  model: { id: string; name: string; initializedFrom: { id: string; name: string } | null };
  group: LineageGroup;
  isControl: boolean;
  rate: Estimate;
  measurements: { sampleCount: number | null }[];
}

export interface TraitChartPoint {
  x: number;
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
  /** Below and above the estimate, for an asymmetric error bar. */
  error: [number, number];
  seeds: number;
  /** Samples across all measurements, or null when some measurement has no count. */
  samples: number | null;
}

export interface TraitChartGroupBand {
  group: LineageGroup;
  label: string;
  x1: number;
  x2: number;
}

export interface TraitChartFamily {
  index: number;
  rootId: string;
  rootName: string;
}

export interface TraitChartBaseLine {
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
function familyRoot(model: TraitChartModelInput["model"], byId: Map<string, TraitChartModelInput["model"]>): { id: string; name: string } {
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

/** Points in group order (base, teachers, students, grand-students; non-controls first, then by name). */
export function layoutTraitChart(models: readonly TraitChartModelInput[]): TraitChartLayout {
  const byId = new Map(models.map((m) => [m.model.id, m.model]));
  const sorted = [...models].sort(
    (a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || Number(a.isControl) - Number(b.isControl) || a.model.name.localeCompare(b.model.name),
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
      points.push({
        x,
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
        error: [Math.max(0, m.rate.estimate - m.rate.low), Math.max(0, m.rate.high - m.rate.estimate)],
        seeds: m.measurements.length,
        samples: counts.every((n): n is number => n !== null) ? counts.reduce((sum, n) => sum + n, 0) : null,
      });
      x += 1;
    }
    groups.push({ group, label: GROUP_LABELS[group], x1: first - BAND_MARGIN, x2: x - 1 + BAND_MARGIN });
  }

  const baseLines = families.flatMap((family): TraitChartBaseLine[] => {
    const root = points.find((p) => p.id === family.rootId);
    return root ? [{ family: family.index, modelId: root.id, name: root.name, rate: root.estimate }] : [];
  });
  const domain: [number, number] = groups.length === 0 ? [0, 1] : [groups[0].x1, groups[groups.length - 1].x2];
  return { points, groups, families, baseLines, domain };
}

export interface BaseShift {
  id: string;
  name: string;
  group: LineageGroup;
  isControl: boolean;
  baseName: string;
  baseRate: number;
  /** The model's rate minus its family base's, in rate units. */
  difference: number;
  /** The model's interval lies wholly above or below the base rate. */
  excludesBase: boolean;
  /** An interval that says something: more than one seed, or counts. */
  hasInterval: boolean;
}

/** How far each student and grand-student sits from its base model's rate, for the chart's reading. */
export function baseShifts(layout: TraitChartLayout): BaseShift[] {
  return layout.points.flatMap((point): BaseShift[] => {
    if (point.group !== "student" && point.group !== "grand-student") return [];
    const base = layout.baseLines.find((line) => line.family === point.family);
    if (!base || base.modelId === point.id) return [];
    return [{
      id: point.id,
      name: point.name,
      group: point.group,
      isControl: point.isControl,
      baseName: base.name,
      baseRate: base.rate,
      difference: point.estimate - base.rate,
      excludesBase: point.low > base.rate || point.high < base.rate,
      hasInterval: point.high > point.low,
    }];
  });
}
