import { CanonicalHasher, canonicalLine, jsonText, type DatasetRecordInput } from "./canonical-record";
import { copyField, copyFieldFromJson, copyRow } from "./copy-text-row";
import type { SkippedLine } from "./dataset.types";
import { ByteSink } from "./parsing/byte-sink";
import { OrdinalLines } from "./parsing/ordinal-lines";
import type { PlainPair } from "./parsing/plain-pair-line";

export const MAX_REPORTED_LINES = 100;

const TAB = 0x09;
const NEWLINE = 0x0a;
const NULL_METADATA_AND_END = Buffer.from("\t\\N\n");
const CANONICAL_OPEN = Buffer.from('{"prompt":"');
const CANONICAL_MIDDLE = Buffer.from('","completion":"');
const CANONICAL_CLOSE = Buffer.from('"}\n');

/**
 * What reading an upload found, and its records encoded as they are read: the COPY text of the
 * dataset's records table (ordinal, prompt, completion, metadata; copy-text-row.ts) and the SHA-256 of
 * the canonical lines (canonical-record.ts), in one pass. A record comes in either as parsed values
 * (addRecord) or as the byte spans of a plain line (addPlainPair: plain-pair-line.ts), and both give
 * the same bytes for the same record. With onInvalid=fail, rows after the first bad one are no longer
 * encoded (the upload will be refused), but bad lines are still counted, to report more of them.
 */
export class RecordsCopyEncoder {
  readonly hasher = new CanonicalHasher();
  readonly lines = new OrdinalLines();
  skipped = 0;
  readonly skippedLines: SkippedLine[] = [];
  private readonly copy = new ByteSink();
  private readonly canonical = new ByteSink();
  private records = 0;
  private unhashed = 0;

  constructor(private readonly onInvalid: "fail" | "skip") {}

  /** The upload will be refused: a row was bad and onInvalid=fail. */
  get refused(): boolean {
    return this.onInvalid === "fail" && this.skipped > 0;
  }

  /** More bad lines than are reported and the upload refused: reading on would tell no more. */
  get finished(): boolean {
    return this.refused && this.skipped > MAX_REPORTED_LINES;
  }

  get recordCount(): number {
    return this.records;
  }

  /** Bytes of COPY text waiting for take(). */
  get pendingBytes(): number {
    return this.copy.size;
  }

  reject(line: number, message: string): void {
    this.skipped += 1;
    if (this.skippedLines.length < MAX_REPORTED_LINES) this.skippedLines.push({ line, message });
  }

  /** A record read as values. */
  addRecord(line: number, record: DatasetRecordInput): void {
    if (this.refused) return;
    const ordinal = this.next(line);
    const json = jsonText(record);
    this.canonical.text(canonicalLine(record, json));
    this.copy.text(
      copyRow([
        String(ordinal),
        copyFieldFromJson(json.prompt, record.prompt),
        copyFieldFromJson(json.completion, record.completion),
        copyField(record.metadata ? JSON.stringify(record.metadata) : null),
      ]),
    );
  }

  /** A plain line bytes[start, end) whose strings `pair` found: its bodies are copied as they stand. */
  addPlainPair(line: number, bytes: Uint8Array, start: number, end: number, pair: PlainPair): void {
    if (this.refused) return;
    const ordinal = this.next(line);
    const { promptStart, promptEnd, completionStart, completionEnd } = pair;
    if (pair.canonical) {
      this.canonical.bytes(bytes, start, end);
      this.canonical.byte(NEWLINE);
    } else {
      this.canonical.bytes(CANONICAL_OPEN, 0, CANONICAL_OPEN.length);
      this.canonical.bytes(bytes, promptStart, promptEnd);
      this.canonical.bytes(CANONICAL_MIDDLE, 0, CANONICAL_MIDDLE.length);
      this.canonical.bytes(bytes, completionStart, completionEnd);
      this.canonical.bytes(CANONICAL_CLOSE, 0, CANONICAL_CLOSE.length);
    }
    this.copy.decimal(ordinal);
    this.copy.byte(TAB);
    this.copy.bytes(bytes, promptStart, promptEnd);
    this.copy.byte(TAB);
    this.copy.bytes(bytes, completionStart, completionEnd);
    this.copy.bytes(NULL_METADATA_AND_END, 0, NULL_METADATA_AND_END.length);
  }

  /**
   * The COPY text encoded since the last call (null if none, or if the upload will be refused), its
   * records' canonical lines added to the hash.
   */
  take(): Buffer | null {
    this.canonical.drain((lines) => this.hasher.addCanonical(lines, this.unhashed));
    this.unhashed = 0;
    const copy = this.copy.take();
    return this.refused ? null : copy;
  }

  private next(line: number): number {
    const ordinal = this.records;
    this.records += 1;
    this.unhashed += 1;
    this.lines.add(ordinal, line);
    return ordinal;
  }
}
