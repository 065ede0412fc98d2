// Colours of the measurement charts, from the design tokens so that they follow the light and dark themes.

/** One colour per base family, as in the lineage explorer (components/lineage/family-palette.module.css). */
const FAMILY_COLOURS = [
  "--family-0",
  "--family-1",
  "--family-2",
  "--family-3",
  "--family-4",
  "--family-5",
  "--family-6",
  "--family-7",
].map((name) => `var(${name})`);

export const familyColour = (index: number) => FAMILY_COLOURS[index % FAMILY_COLOURS.length];

export const rateChartTheme = {
  control: "var(--text-subtle)",
  grid: "var(--border)",
  axis: "var(--border-strong)",
  /** Behind a group of points; also the halo around their value labels. */
  band: "color-mix(in srgb, var(--bg-sunken) 75%, var(--surface))",
  zero: "var(--text-muted)",
  surface: "var(--surface)",
  tick: { fill: "var(--text-muted)", fontSize: 11.5 },
  label: { fill: "var(--text-muted)", fontSize: 12 },
  groupLabel: { fill: "var(--text)", fontSize: 12, fontWeight: 600 },
} as const;
