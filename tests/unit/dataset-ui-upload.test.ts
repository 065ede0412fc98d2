import { describe, expect, it } from "vitest";
import { detectFormat, nameFromFileName } from "@/components/datasets/upload-file";
import { uploadOutcome, uploadPath, type UploadFields } from "@/components/datasets/upload-request";
import { formatRate, transferProgress } from "@/components/ui/upload-transfer";
import { lineErrorsOf } from "@/lib/http/line-errors";

const fields: UploadFields = {
  name: " Owl numbers ",
  format: "jsonl",
  description: "",
  generationId: null,
  filteredFromId: null,
  filterDescription: "ignored without a source",
  skipMalformed: false,
};

describe("what the upload form infers from a file", () => {
  it("detects the format from the extension", () => {
    expect(detectFormat("filtered_dataset.jsonl")).toBe("jsonl");
    expect(detectFormat("x.NDJSON")).toBe("jsonl");
    expect(detectFormat("numbers.json")).toBe("jsonl");
    expect(detectFormat("table.CSV")).toBe("csv");
    expect(detectFormat("notes.txt")).toBeNull();
    expect(detectFormat("README")).toBeNull();
  });

  it("names the dataset after the file, without its extension", () => {
    expect(nameFromFileName("filtered_dataset.jsonl")).toBe("filtered_dataset");
    expect(nameFromFileName("C:\\data\\owl numbers.csv")).toBe("owl numbers");
    expect(nameFromFileName(".jsonl")).toBe(".jsonl");
    expect(nameFromFileName(`${"a".repeat(250)}.jsonl`)).toHaveLength(200);
  });
});

describe("the upload request", () => {
  it("puts the fields in the query, leaving blank optional ones out", () => {
    expect(uploadPath(fields)).toBe("/api/v1/datasets?name=Owl+numbers&format=jsonl");
    const full = new URL(
      uploadPath({
        ...fields,
        description: "d",
        generationId: "gen1",
        filteredFromId: "raw1",
        filterDescription: "numbers 0-999",
        skipMalformed: true,
      }),
      "http://x",
    );
    expect(Object.fromEntries(full.searchParams)).toEqual({
      name: "Owl numbers",
      format: "jsonl",
      description: "d",
      generationId: "gen1",
      filteredFromId: "raw1",
      filterDescription: "numbers 0-999",
      onInvalid: "skip",
    });
  });

  it("reads 201 and 200 as stored and already stored", () => {
    const body = JSON.stringify({ id: "d1", name: "n", recordCount: 3 });
    expect(uploadOutcome(201, body)).toMatchObject({ kind: "created", result: { id: "d1" } });
    expect(uploadOutcome(200, body)).toMatchObject({ kind: "existing", result: { id: "d1" } });
  });

  it("reads a 422 with line errors as malformed lines, in line order", () => {
    const problem = {
      status: 422,
      detail: "2 malformed row(s); nothing was stored.",
      errors: [
        { field: "line 9", location: "line", line: 9, message: "not valid JSON" },
        { field: "line 3", location: "line", message: "needs prompt and completion" },
      ],
    };
    expect(uploadOutcome(422, JSON.stringify(problem))).toEqual({
      kind: "malformed-lines",
      detail: "2 malformed row(s); nothing was stored.",
      lines: [
        { line: 3, message: "needs prompt and completion" },
        { line: 9, message: "not valid JSON" },
      ],
    });
  });

  it("reads a 422 for a record not in the raw dataset apart from malformed lines", () => {
    const problem = {
      status: 422,
      detail: "Line 6 is not accounted for by the raw dataset 'raw' (filteredFromId): ...",
      errors: [{ field: "line 6", location: "line", line: 6, message: "not a record of the raw dataset 'raw': {...}" }],
      notInRaw: { line: 6, excerpt: "{...}", rawDatasetId: "d1" },
    };
    expect(uploadOutcome(422, JSON.stringify(problem))).toEqual({
      kind: "not-in-raw",
      detail: problem.detail,
      lines: [{ line: 6, message: "not a record of the raw dataset 'raw': {...}" }],
    });
  });

  it("keeps at most 100 line errors", () => {
    const errors = Array.from({ length: 150 }, (_, i) => ({ field: `line ${i + 1}`, line: i + 1, message: "bad" }));
    expect(lineErrorsOf({ errors })).toHaveLength(100);
  });

  it("reads field errors, 413 and anything else", () => {
    const fieldProblem = {
      detail: "generationId: this generation already has its dataset",
      errors: [{ field: "generationId", message: "this generation already has its dataset" }],
    };
    expect(uploadOutcome(422, JSON.stringify(fieldProblem))).toEqual({
      kind: "field-errors",
      detail: fieldProblem.detail,
      fields: { generationId: "this generation already has its dataset" },
    });
    expect(uploadOutcome(413, JSON.stringify({ detail: "Uploads are limited to 10 bytes." }))).toEqual({
      kind: "too-large",
      detail: "Uploads are limited to 10 bytes.",
    });
    expect(uploadOutcome(502, "<html>")).toEqual({ kind: "failed", detail: "The upload failed (HTTP 502)." });
    expect(uploadOutcome(0, "")).toEqual({ kind: "failed", detail: "Could not reach the server." });
  });

  it("reports progress as a whole percentage and a rate", () => {
    expect(transferProgress(0, 0, 0)).toEqual({ percent: 0, bytesPerSecond: null });
    expect(transferProgress(499, 1000, 500)).toEqual({ percent: 49, bytesPerSecond: 998 });
    expect(transferProgress(1000, 1000, 2000).percent).toBe(100);
    expect(formatRate(1_234_567)).toBe("1.23 MB/s");
    expect(formatRate(45_600_000)).toBe("45.6 MB/s");
    expect(formatRate(null)).toBe("— MB/s");
  });
});
