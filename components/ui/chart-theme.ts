// Chart colours from the design tokens, so that charts follow the light and dark themes.
export const chartTheme = {
  bar: "var(--accent)",
  over: "var(--tone-violet-text)",
  under: "var(--tone-teal-text)",
  grid: "var(--border)",
  axis: "var(--border-strong)",
  cursor: "var(--surface-hover)",
  tick: { fill: "var(--text-muted)", fontSize: 11 },
  label: { fill: "var(--text-muted)", fontSize: 11.5 },
} as const;
