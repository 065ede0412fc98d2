import { describe, expect, it } from "vitest";
import { JsonColumnError, readJsonColumn, toJsonColumn, ZJsonObject } from "@/lib/db/json-column";
import { ZSkippedLines } from "@/lib/datasets/dataset.types";

describe("readJsonColumn", () => {
  it("gives the value a column holds, typed by its schema", () => {
    const stored = toJsonColumn([{ line: 2, message: "not JSON" }]);
    expect(readJsonColumn(ZSkippedLines, stored, "datasets.skipped_lines")).toEqual([{ line: 2, message: "not JSON" }]);
    expect(readJsonColumn(ZJsonObject.nullable(), null, "generations.settings")).toBeNull();
    expect(readJsonColumn(ZJsonObject, { lr: 0.1, nested: { a: [1] } }, "runs.hyperparameters")).toEqual({
      lr: 0.1,
      nested: { a: [1] },
    });
  });

  it("refuses a malformed value with an error naming the column and the bad member", () => {
    const read = () => readJsonColumn(ZSkippedLines, [{ line: "2", message: "x" }], "datasets.skipped_lines");
    expect(read).toThrow(JsonColumnError);
    expect(read).toThrow(/^datasets\.skipped_lines does not hold what it should: 0\.line: /);
    expect(() => readJsonColumn(ZJsonObject, [1, 2], "dataset_records.metadata")).toThrow(
      /dataset_records\.metadata .*\(value\): /,
    );
  });
});
