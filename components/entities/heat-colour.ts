// The heatmap's sequential colour scale: a rate in [0, 1] as a mix of three theme colours
// (--heat-low, --heat-mid, --heat-high), which the heatmap's stylesheet sets for light and dark.

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The cell colour for a rate: low -> mid over 0-50%, mid -> high over 50-100%, mixed in OKLab. */
export function heatColour(rate: number): string {
  if (!Number.isFinite(rate)) return "var(--heat-none)";
  const r = clamp(rate);
  return r <= 0.5
    ? `color-mix(in oklab, var(--heat-mid) ${percent(r * 2)}, var(--heat-low))`
    : `color-mix(in oklab, var(--heat-high) ${percent((r - 0.5) * 2)}, var(--heat-mid))`;
}

/** Whether a cell is dark enough (on the light theme's scale) to need light text. */
export function heatIsStrong(rate: number): boolean {
  return Number.isFinite(rate) && rate >= 0.5;
}

/** The legend bar: the same three stops, interpolated the same way. */
export const HEAT_GRADIENT = "linear-gradient(in oklab to right, var(--heat-low), var(--heat-mid), var(--heat-high))";

/** Whether every value is a proportion, so that the scale (and a % axis) applies. */
export function isRateScale(values: readonly number[]): boolean {
  return values.every((value) => Number.isFinite(value) && value >= 0 && value <= 1);
}
