import { readJsonColumn } from "@/lib/db/json-column";
import { ZSkippedLines, type UploadResult } from "./dataset.types";
import { searchIndexState } from "./search-index/search-index-state";

export const uploadResultInclude = {
  filteredFrom: { select: { recordCount: true } },
  generation: { select: { id: true } },
} as const;

interface StoredDataset {
  id: string;
  name: string;
  sha256: string;
  rawSha256: string | null;
  recordCount: number;
  byteSize: bigint;
  format: string;
  skippedCount: number;
  skippedLines: unknown;
  filteredFromId: string | null;
  rejectedCount: number | null;
  filteredFrom: { recordCount: number } | null;
  generation: { id: string } | null;
  searchIndexedAt: Date | null;
}

/** What an upload answers: the stored dataset's identity and counts, and how much of it was skipped. */
export function toUploadResult(dataset: StoredDataset, created: boolean): UploadResult {
  return {
    id: dataset.id,
    name: dataset.name,
    sha256: dataset.sha256,
    rawSha256: dataset.rawSha256 ?? dataset.sha256,
    recordCount: dataset.recordCount,
    byteSize: Number(dataset.byteSize),
    format: dataset.format,
    skipped: dataset.skippedCount,
    skippedLines: readJsonColumn(ZSkippedLines.nullable(), dataset.skippedLines, "datasets.skipped_lines") ?? [],
    filteredFromId: dataset.filteredFromId,
    rejectedCount: dataset.rejectedCount,
    passRate:
      dataset.filteredFrom && dataset.filteredFrom.recordCount > 0
        ? dataset.recordCount / dataset.filteredFrom.recordCount
        : null,
    generationId: dataset.generation?.id ?? null,
    searchIndex: searchIndexState(dataset.searchIndexedAt),
    created,
  };
}
