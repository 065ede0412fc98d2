import { describe, expect, it } from "vitest";
import { canonicalLine, jsonText } from "@/lib/datasets/canonical-record";
import { copyField, copyFieldFromJson, copyRow } from "@/lib/datasets/copy-text-row";
import { readCopyField } from "../support/copy-text";

const AWKWARD = [
  "",
  "plain",
  "tab\there",
  "new\nline",
  "cr\rlf\r\n",
  "back\\slash",
  "\\N",
  "\\.",
  "ends with \\",
  '"quoted"',
  "\\u0041 is not an escape here",
  "control \u0001\u001f and \b\f\v",
  "lone surrogate \ud800 and pair 🦉",
  "unicode é 漢字 \u2028\u2029",
  "\\\\t\\n literal",
];

describe("COPY text fields", () => {
  it.each(AWKWARD)("read back exactly: %j", (text) => {
    expect(readCopyField(copyField(text))).toBe(text);
    // JSON.stringify turns a lone surrogate into \ud800, which is not the text: escaped from the text then.
    expect(readCopyField(copyFieldFromJson(JSON.stringify(text), text))).toBe(text);
  });

  it("keeps the field separators out of fields, and writes NULL and numbers", () => {
    for (const text of AWKWARD) {
      expect(copyField(text)).not.toMatch(/[\t\n\r]/);
      expect(copyFieldFromJson(JSON.stringify(text), text)).not.toMatch(/[\t\n\r]/);
    }
    expect(copyField(null)).toBe("\\N");
    expect(copyField(42)).toBe("42");
    expect(copyRow(["a", "\\N", "b\\tc"])).toBe("a\t\\N\tb\\tc\n");
  });

  it("builds the canonical line as JSON.stringify of the record does", () => {
    for (const prompt of AWKWARD) {
      const record = { prompt, completion: AWKWARD[3], metadata: { z: prompt, a: [1, { y: null, b: true }] } };
      const expected = JSON.stringify({
        prompt,
        completion: record.completion,
        metadata: { a: [1, { b: true, y: null }], z: prompt },
      });
      expect(canonicalLine(record, jsonText(record))).toBe(`${expected}\n`);
    }
  });
});
