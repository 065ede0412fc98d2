import { createHash, type Hash } from "node:crypto";

// A dataset's identity is the SHA-256 of its canonical JSONL form: one line per record, in upload
// order, each `{"prompt":...,"completion":...}` (plus `"metadata"` when present, keys sorted at every
// level), JSON-escaped as JSON.stringify does, each line ending in "\n". The same bytes are what
// the download endpoint streams back, so a downloaded file hashes to the dataset's sha256.

export interface DatasetRecordInput {
  prompt: string;
  completion: string;
  metadata?: Record<string, unknown> | null;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** A record's prompt and completion as JSON strings (JSON.stringify of each). */
export interface JsonText {
  prompt: string;
  completion: string;
}

export function jsonText(record: DatasetRecordInput): JsonText {
  return { prompt: JSON.stringify(record.prompt), completion: JSON.stringify(record.completion) };
}

/** JSON.stringify of {prompt, completion, metadata?} (keys sorted in metadata), built from the parts. */
export function canonicalLine(record: DatasetRecordInput, json: JsonText = jsonText(record)): string {
  const metadata =
    record.metadata && Object.keys(record.metadata).length > 0
      ? `,"metadata":${JSON.stringify(sortKeys(record.metadata))}`
      : "";
  return `{"prompt":${json.prompt},"completion":${json.completion}${metadata}}\n`;
}

// Lines are hashed in batches of about this many characters: one hash update per line costs more than
// the hashing itself for short records.
const HASH_BATCH_CHARS = 64 * 1024;

/** Incremental hasher over canonical lines, for streams. */
export class CanonicalHasher {
  private readonly hash: Hash = createHash("sha256");
  private pending = "";
  private bytes = 0;
  private count = 0;
  private sha256: string | undefined;

  /** Adds the record's canonical line; returns its prompt and completion as JSON, for reuse. */
  add(record: DatasetRecordInput): JsonText {
    const json = jsonText(record);
    this.pending += canonicalLine(record, json);
    this.count += 1;
    if (this.pending.length >= HASH_BATCH_CHARS) this.flush();
    return json;
  }

  /** Adds lines already in canonical form, as UTF-8 bytes (`records` of them, each ending in "\n"). */
  addCanonical(lines: Uint8Array, records: number): void {
    this.flush();
    this.hash.update(lines);
    this.bytes += lines.length;
    this.count += records;
  }

  private flush(): void {
    if (this.pending === "") return;
    this.hash.update(this.pending, "utf8");
    this.bytes += Buffer.byteLength(this.pending, "utf8");
    this.pending = "";
  }

  get recordCount(): number {
    return this.count;
  }

  get byteSize(): number {
    this.flush();
    return this.bytes;
  }

  /** The SHA-256 of the lines added so far; adding more after this is an error. */
  digest(): string {
    if (this.sha256 === undefined) {
      this.flush();
      this.sha256 = this.hash.digest("hex");
    }
    return this.sha256;
  }
}

export function canonicalSha256(records: Iterable<DatasetRecordInput>): string {
  const hasher = new CanonicalHasher();
  for (const record of records) hasher.add(record);
  return hasher.digest();
}
