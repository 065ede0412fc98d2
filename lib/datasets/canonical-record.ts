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

export function canonicalLine(record: DatasetRecordInput): string {
  const line: Record<string, unknown> = { prompt: record.prompt, completion: record.completion };
  if (record.metadata && Object.keys(record.metadata).length > 0) line.metadata = sortKeys(record.metadata);
  return JSON.stringify(line) + "\n";
}

/** Incremental hasher over canonical lines, for streams. */
export class CanonicalHasher {
  private readonly hash: Hash = createHash("sha256");
  private bytes = 0;
  private count = 0;

  add(record: DatasetRecordInput): string {
    const line = canonicalLine(record);
    this.hash.update(line, "utf8");
    this.bytes += Buffer.byteLength(line, "utf8");
    this.count += 1;
    return line;
  }

  get recordCount(): number {
    return this.count;
  }

  get byteSize(): number {
    return this.bytes;
  }

  digest(): string {
    return this.hash.digest("hex");
  }
}

export function canonicalSha256(records: Iterable<DatasetRecordInput>): string {
  const hasher = new CanonicalHasher();
  for (const record of records) hasher.add(record);
  return hasher.digest();
}
