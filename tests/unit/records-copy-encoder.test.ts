import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalSha256, type DatasetRecordInput } from "@/lib/datasets/canonical-record";
import { matchPlainPair, type PlainPair } from "@/lib/datasets/parsing/plain-pair-line";
import { RecordsCopyEncoder } from "@/lib/datasets/records-copy-encoder";
import { jsonlCopyChunks } from "@/lib/datasets/upload-copy-chunks";
import { readCopyText } from "../support/copy-text";

// The fast path (plain lines' bytes copied as they stand) must give exactly the bytes of the general
// path (each record parsed, then written): the same COPY text, the same canonical SHA-256.

/**
 * The general path alone (each record added as values): the rows as the server reads the COPY text,
 * and the hash. (A field may be escaped two ways that read the same: "\\"" or "\"".)
 */
function expected(records: DatasetRecordInput[]) {
  const encoder = new RecordsCopyEncoder("fail");
  records.forEach((record, index) => encoder.addRecord(index + 1, record));
  const rows = readCopyText(encoder.take()?.toString("utf8") ?? "");
  expect(rows.map(([, prompt, completion]) => ({ prompt, completion }))).toEqual(
    records.map(({ prompt, completion }) => ({ prompt, completion })),
  );
  return { rows, sha256: canonicalSha256(records) };
}

async function encode(file: string | Buffer, cuts: number[] = [], onInvalid: "fail" | "skip" = "fail") {
  const bytes = Buffer.from(file);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const cut of [...cuts.filter((at) => at > 0 && at < bytes.length).sort((a, b) => a - b), bytes.length]) {
    chunks.push(bytes.subarray(start, cut));
    start = cut;
  }
  const encoder = new RecordsCopyEncoder(onInvalid);
  let copy = "";
  for await (const chunk of jsonlCopyChunks(chunks, encoder)) copy += chunk.toString("utf8");
  return { copy, rows: readCopyText(copy), sha256: encoder.hasher.digest(), encoder };
}

// Python's json.dumps: ", " and ": " between items; with ensure_ascii (its default) every non-ASCII
// character as \uXXXX.
function pythonDumps(record: DatasetRecordInput, ensureAscii: boolean): string {
  const string = (text: string) => {
    const json = JSON.stringify(text);
    return ensureAscii
      ? json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
      : json;
  };
  return `{"prompt": ${string(record.prompt)}, "completion": ${string(record.completion)}}`;
}

const awkwardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', "\\", "\n", "\r", "\t", "\b", "\f", "\u0001", "\u001f", "\u007f", "/", "é", "🦉", "\u2028"),
    fc.constantFrom("\\N", "\\.", "\\u0041", " ", "a", "7", ","),
  ),
  maxLength: 12,
});
const record = fc.record({ prompt: awkwardText, completion: awkwardText });

const emptyPair = (): PlainPair => ({
  promptStart: 0,
  promptEnd: 0,
  completionStart: 0,
  completionEnd: 0,
  canonical: false,
});
const match = (line: string) => matchPlainPair(Buffer.from(line), 0, Buffer.byteLength(line), emptyPair());

describe("plain prompt/completion lines", () => {
  it("are recognised in JSON.stringify's form and in json.dumps' form", () => {
    const text = { prompt: 'say "hi"\n\tok é 🦉', completion: "1\n2\\3" };
    expect(match(JSON.stringify(text))).toMatchObject({ canonical: true, promptStart: 11 });
    expect(match(pythonDumps(text, false))).toMatchObject({ canonical: false, promptStart: 12 });
  });

  it("are not recognised when a string needs more than the short escapes, or the line has anything else", () => {
    for (const line of [
      '{"prompt":"\\u00e9","completion":"x"}', // \uXXXX
      '{"prompt":"a\\/b","completion":"x"}', // an escape JSON.stringify does not write
      '{"prompt":"a\tb","completion":"x"}', // a raw control byte (not JSON at all)
      '{"prompt":"a","completion":"x","metadata":{}}',
      '{"completion":"x","prompt":"a"}',
      '{"prompt":"a","completion":"x"} ',
      '{"prompt" : "a","completion":"x"}',
      '{"prompt":"a","completion":"x"',
      '{"prompt":"a","completion":"x\\"}',
      '{"prompt":"a\\',
    ])
      expect(match(line), line).toBeNull();
  });

  it("give the same COPY text and hash as parsing, however the lines are written and the bytes are cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 1, maxLength: 8 }),
        fc.constantFrom("compact", "python", "python-ascii"),
        fc.array(fc.nat(400), { maxLength: 4 }),
        async (records, style, cuts) => {
          const lines = records.map((r) =>
            style === "compact" ? JSON.stringify(r) : pythonDumps(r, style === "python-ascii"),
          );
          const { rows, sha256, encoder } = await encode(lines.join("\n") + "\n", cuts);
          expect(encoder.skipped).toBe(0);
          expect({ rows, sha256 }).toEqual(expected(records));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("mix with other lines: CRLF endings, blank lines, metadata, a last line without a newline", async () => {
    const records: DatasetRecordInput[] = [
      { prompt: "a", completion: "b" },
      { prompt: "é", completion: "c", metadata: { z: 1, a: ["\\N"] } },
      { prompt: "d\n", completion: "e" },
      { prompt: "f", completion: "g" },
    ];
    const file = `${JSON.stringify(records[0])}\r\n\n  \n{"completion":"c","z":1,"prompt":"\\u00e9","a":["\\\\N"]}\r\n${pythonDumps(records[2], true)}\n${JSON.stringify(records[3])}`;
    for (const cut of [0, 5, 40, 41, 90]) {
      const { rows, sha256, encoder } = await encode(file, [cut]);
      expect({ rows, sha256 }).toEqual(expected(records));
      expect([0, 1, 2, 3].map((ordinal) => encoder.lines.lineOf(ordinal))).toEqual([1, 4, 5, 6]);
    }
  });

  it("reports bad lines by number; with onInvalid=fail nothing is encoded after the first", async () => {
    const file = [
      '{"prompt":"a","completion":"b"}',
      "not json",
      '{"prompt":"c"}',
      '{"prompt":"d","completion":"e"}',
    ].join("\n");
    const skipped = await encode(file, [], "skip");
    expect(skipped.encoder.skippedLines.map((line) => line.line)).toEqual([2, 3]);
    expect(skipped.encoder.recordCount).toBe(2);
    expect(skipped.copy).toBe("0\ta\tb\t\\N\n1\td\te\t\\N\n");
    const failed = await encode(file, [], "fail");
    expect(failed.encoder.refused).toBe(true);
    expect(failed.encoder.skipped).toBe(2);
    expect(failed.copy).toBe("");
  });
});
