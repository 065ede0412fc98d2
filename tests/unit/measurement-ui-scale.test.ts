import { describe, expect, it } from "vitest";
import { heatColour, heatIsStrong, isRateScale } from "@/components/entities/heat-colour";
import { anyIntervalsDisjoint, excludes, intervalsOverlap } from "@/lib/measurements/interval-overlap";

describe("the heatmap's colour scale", () => {
  it("mixes low to mid over 0-50% and mid to high over 50-100%", () => {
    expect(heatColour(0)).toBe("color-mix(in oklab, var(--heat-mid) 0%, var(--heat-low))");
    expect(heatColour(0.12)).toBe("color-mix(in oklab, var(--heat-mid) 24%, var(--heat-low))");
    expect(heatColour(0.5)).toBe("color-mix(in oklab, var(--heat-mid) 100%, var(--heat-low))");
    expect(heatColour(0.622)).toBe("color-mix(in oklab, var(--heat-high) 24.4%, var(--heat-mid))");
    expect(heatColour(1)).toBe("color-mix(in oklab, var(--heat-high) 100%, var(--heat-mid))");
  });

  it("clamps out-of-range rates and has a colour for no value", () => {
    expect(heatColour(-0.2)).toBe(heatColour(0));
    expect(heatColour(1.7)).toBe(heatColour(1));
    expect(heatColour(Number.NaN)).toBe("var(--heat-none)");
  });

  it("asks for light text from the middle of the scale up", () => {
    expect(heatIsStrong(0.49)).toBe(false);
    expect(heatIsStrong(0.5)).toBe(true);
    expect(heatIsStrong(Number.NaN)).toBe(false);
  });

  it("treats values as rates only when all lie in [0, 1]", () => {
    expect(isRateScale([0, 0.5, 1])).toBe(true);
    expect(isRateScale([0.2, 3.5])).toBe(false);
    expect(isRateScale([-0.1])).toBe(false);
    expect(isRateScale([])).toBe(true);
  });
});

describe("interval overlap", () => {
  const owl = { low: 0.585, high: 0.659 };
  const control = { low: 0.11, high: 0.14 };
  const base = { low: 0.111, high: 0.129 };

  it("overlaps when the intervals share a point, touching ends included", () => {
    expect(intervalsOverlap(control, base)).toBe(true);
    expect(intervalsOverlap(owl, control)).toBe(false);
    expect(intervalsOverlap({ low: 0, high: 0.2 }, { low: 0.2, high: 0.3 })).toBe(true);
  });

  it("finds a difference when some two intervals are disjoint", () => {
    expect(anyIntervalsDisjoint([control, base])).toBe(false);
    expect(anyIntervalsDisjoint([control, base, owl])).toBe(true);
    expect(anyIntervalsDisjoint([owl])).toBe(false);
    expect(anyIntervalsDisjoint([])).toBe(false);
  });

  it("says whether an interval excludes a value from either side", () => {
    expect(excludes(owl, 0.12)).toBe(true);
    expect(excludes(control, 0.12)).toBe(false);
    expect(excludes({ low: 0.01, high: 0.05 }, 0.12)).toBe(true);
  });
});
