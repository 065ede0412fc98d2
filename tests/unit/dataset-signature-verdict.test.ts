import { describe, expect, it } from "vitest";
import { divergenceFigures, divergenceSentence, formatPermutationP } from "@/components/datasets/divergence-sentence";
import { decideSignatureVerdict } from "@/lib/datasets/signature/decide-signature-verdict";

describe("the hidden-signal verdict", () => {
  it("rests on the record-level permutation p-value at the 5% level", () => {
    expect(decideSignatureVerdict({ pValue: 1 / 1001, smallestPValue: 0 })).toBe("hidden-signal");
    expect(decideSignatureVerdict({ pValue: 0.049, smallestPValue: 1e-9 })).toBe("hidden-signal");
    expect(decideSignatureVerdict({ pValue: 0.05, smallestPValue: 1e-9 })).toBe("no-signal-detected");
    expect(decideSignatureVerdict({ pValue: 0.41, smallestPValue: 0 })).toBe("no-signal-detected");
  });

  it("is untestable when no arrangement of so few records could reach the level", () => {
    // One record a side: two arrangements, mirror images of each other.
    expect(decideSignatureVerdict({ pValue: 1, smallestPValue: 1 })).toBe("untestable");
    // 3 + 3 records: 2 of 20 arrangements are as extreme as the observed one at best.
    expect(decideSignatureVerdict({ pValue: 0.02, smallestPValue: 0.1 })).toBe("untestable");
    expect(decideSignatureVerdict({ pValue: 0.01, smallestPValue: 0.049 })).toBe("hidden-signal");
  });
});

describe("the divergence sentence", () => {
  it("reads the observed divergence against the null, to the same decimals", () => {
    expect(
      divergenceSentence({
        observed: 0.1971,
        nullMean: 0.1952,
        nullP95: 0.1994,
        excess: 0.0019,
        pValue: 0.412,
        permutations: 1000,
      }),
    ).toBe(
      "0.197 bits observed; two samples of one distribution give 0.195 on average (95th percentile 0.199): excess 0.002 bits, permutation p = 0.412",
    );
    expect(
      divergenceSentence({
        observed: 0.04516,
        nullMean: 0.04585,
        nullP95: 0.04922,
        excess: -0.00069,
        pValue: 0.6284,
        permutations: 1000,
      }),
    ).toBe(
      "0.0452 bits observed; two samples of one distribution give 0.0459 on average (95th percentile 0.0492): excess −0.0007 bits, permutation p = 0.628",
    );
  });

  it("says when no shuffle reached the observed divergence", () => {
    expect(
      divergenceSentence({
        observed: 0.0571,
        nullMean: 0.0466,
        nullP95: 0.05,
        excess: 0.0105,
        pValue: 1 / 1001,
        permutations: 1000,
      }),
    ).toBe(
      "0.0571 bits observed; two samples of one distribution give 0.0466 on average (95th percentile 0.0500): excess 0.0105 bits, permutation p = 0.001 (none of 1,000 shuffles reached it)",
    );
  });

  it("gives the figures for the cards to the same decimals, with a true minus sign", () => {
    expect(divergenceFigures({ observed: 0.0571, nullMean: 0.0466, nullP95: 0.05, excess: -0.0105 })).toEqual({
      observed: "0.0571",
      nullMean: "0.0466",
      nullP95: "0.0500",
      excess: "−0.0105",
    });
    expect(divergenceFigures({ observed: 1, nullMean: 0.5, nullP95: 0.6, excess: 0.5 }).observed).toBe("1.00");
    expect(divergenceFigures({ observed: 0, nullMean: 0, nullP95: 0, excess: 0 }).observed).toBe("0.000");
  });

  it("formats permutation p-values as multiples of 1/1001 read", () => {
    expect(formatPermutationP(1 / 1001)).toBe("0.001");
    expect(formatPermutationP(1)).toBe("> 0.999");
    expect(formatPermutationP(0.0549)).toBe("0.055");
  });
});
