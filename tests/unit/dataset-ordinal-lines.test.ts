import { describe, expect, it } from "vitest";
import { OrdinalLines } from "@/lib/datasets/parsing/ordinal-lines";

describe("the line each stored record came from", () => {
  it("is ordinal + 1 in a regular file, remembering nothing", () => {
    const lines = new OrdinalLines();
    for (let ordinal = 0; ordinal < 1000; ordinal += 1) lines.add(ordinal, ordinal + 1);
    expect(lines.lineOf(0)).toBe(1);
    expect(lines.lineOf(999)).toBe(1000);
  });

  it("follows blank and skipped lines, and CSV rows over several lines", () => {
    const lines = new OrdinalLines();
    // A header (line 1), records on lines 2 and 3, a blank line 4, a record on 5-7 (quoted newlines), then 8 and 9.
    [
      [0, 2],
      [1, 3],
      [2, 7],
      [3, 8],
      [4, 9],
    ].forEach(([ordinal, line]) => lines.add(ordinal, line));
    expect([0, 1, 2, 3, 4].map((ordinal) => lines.lineOf(ordinal))).toEqual([2, 3, 7, 8, 9]);
  });
});
