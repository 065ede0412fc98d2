import { describe, expect, it } from "vitest";
import { JsonColumnError, readJsonColumn, readJsonObjectColumn, toJsonColumn, ZJsonObject } from "@/lib/db/json-column";
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

describe("readJsonObjectColumn", () => {
  it("gives an object or null as it is, and refuses any other value naming the column", () => {
    expect(readJsonObjectColumn({ seed: 3 }, "dataset_records.metadata")).toEqual({ seed: 3 });
    expect(readJsonObjectColumn(null, "dataset_records.metadata")).toBeNull();
    for (const value of [[1, 2], "text", 3, true]) {
      expect(() => readJsonObjectColumn(value, "dataset_records.metadata")).toThrow(JsonColumnError);
      expect(() => readJsonObjectColumn(value, "dataset_records.metadata")).toThrow(/^dataset_records\.metadata /);
    }
  });
});
