import { describe, expect, it } from "vitest";
import { csvFileName, toCsv } from "@/lib/format/csv";

describe("CSV for chart downloads", () => {
  it("writes a header and rows with CRLF line ends, numbers as numbers", () => {
    expect(
      toCsv(
        ["number", "occurrences"],
        [
          [0, 12],
          [1, 0],
        ],
      ),
    ).toBe("number,occurrences\r\n0,12\r\n1,0\r\n");
  });

  it("quotes commas, quotes, line breaks and edge spaces; blanks null, undefined and non-finite numbers", () => {
    const csv = toCsv(
      ["a", "b", "c", "d"],
      [
        ["x,y", 'say "hi"', "two\nlines", " padded"],
        [null, undefined, Number.NaN, Infinity],
      ],
    );
    expect(csv).toBe('a,b,c,d\r\n"x,y","say ""hi""","two\nlines"," padded"\r\n,,,\r\n');
  });

  it("keeps text that a spreadsheet would run as a formula as text, but not negative numbers", () => {
    expect(toCsv(["t"], [["=SUM(A1)"], ["-owl"], ["@x"], [-1.5]])).toBe("t\r\n'=SUM(A1)\r\n'-owl\r\n'@x\r\n-1.5\r\n");
  });

  it("names files after the dataset and the chart", () => {
    expect(csvFileName("Owl teacher numbers (filtered)", "number frequency")).toBe(
      "owl-teacher-numbers-filtered-number-frequency.csv",
    );
    expect(csvFileName("???")).toBe("data.csv");
  });
});
