import type { DatasetRecordInput } from "../canonical-record";

/** A row read from an upload: a record, or what is wrong with it, and where. */
export type ParsedRow = { line: number; record: DatasetRecordInput } | { line: number; error: string };
