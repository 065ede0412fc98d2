import { describe, expect, it } from "vitest";
import {
  formatBits,
  formatLog2Ratio,
  formatPValue,
  formatStatistic,
  pValueLabel,
} from "@/lib/format/format-statistics";

describe("formatting the hidden-signal check's numbers", () => {
  it("formats p-values: tiny ones as a bound or in scientific notation, the rest to three places", () => {
    expect(formatPValue(0)).toBe("< 1e-16");
    expect(formatPValue(1e-300)).toBe("< 1e-16");
    expect(formatPValue(3.24e-7)).toBe("3.2e-7");
    expect(formatPValue(1e-5)).toBe("1e-5");
    expect(formatPValue(0.00043)).toBe("4.3e-4");
    expect(formatPValue(0.0043)).toBe("0.0043");
    expect(formatPValue(0.04213)).toBe("0.042");
    expect(formatPValue(0.4213)).toBe("0.421");
    expect(formatPValue(0.9999)).toBe("> 0.999");
    expect(formatPValue(1)).toBe("> 0.999");
    expect(formatPValue(Number.NaN)).toBe("—");
  });

  it("says p = or p < as the value needs", () => {
    expect(pValueLabel(0)).toBe("p < 1e-16");
    expect(pValueLabel(0.042)).toBe("p = 0.042");
    expect(pValueLabel(1)).toBe("p > 0.999");
  });

  it("formats statistics by magnitude", () => {
    expect(formatStatistic(12345.678)).toBe("12,345.7");
    expect(formatStatistic(3.14159)).toBe("3.14");
    expect(formatStatistic(0.012345)).toBe("0.0123");
    expect(formatStatistic(Infinity)).toBe("—");
  });

  it("formats divergences in bits", () => {
    expect(formatBits(0.012345)).toBe("0.0123 bits");
    expect(formatBits(0.5)).toBe("0.5 bits");
    expect(formatBits(3.4e-6)).toBe("3.4e-6 bits");
    expect(formatBits(0)).toBe("0 bits");
    expect(formatBits(1)).toBe("1 bit");
  });

  it("formats log ratios with their factor", () => {
    expect(formatLog2Ratio(Math.log2(3))).toBe("+1.58 (×3.0)");
    expect(formatLog2Ratio(-1)).toBe("−1.00 (×0.50)");
    expect(formatLog2Ratio(4)).toBe("+4.00 (×16)");
  });
});
