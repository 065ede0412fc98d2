import { z } from "zod";
import { ZPageQuery } from "@/lib/pagination/cursor-page";

export const ZListDatasetsQuery = z
  .object({ q: z.string().trim().max(200).optional().describe("Matches the name or the SHA-256"), ...ZPageQuery })
  .strict();
export type TListDatasetsQuery = z.output<typeof ZListDatasetsQuery>;

export interface DatasetSummary {
  id: string;
  name: string;
  sha256: string;
  recordCount: number;
  byteSize: number;
  format: string;
  isDemo: boolean;
  tags: string[];
  teacher: { id: string; name: string } | null;
  filteredFrom: { id: string; name: string; recordCount: number } | null;
  /** Share of the raw dataset's records the filter kept, when this dataset was filtered from one. */
  passRate: number | null;
  trainedStudents: { id: string; name: string }[];
  createdAt: string;
}

export const ZUploadDatasetQuery = z
  .object({
    name: z.string().trim().min(1, "is required").max(200).describe("Display name of the dataset"),
    format: z
      .enum(["jsonl", "csv"])
      .describe("jsonl: one JSON object a line; csv: a header row, then one record a row"),
    generationId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("The generation (teacher + settings) that produced this data"),
    filteredFromId: z.string().min(1).max(100).optional().describe("The raw dataset this one was filtered from"),
    filterDescription: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .describe("What the filter kept, e.g. 'numbers 0-999 only'"),
    description: z.string().trim().max(5000).optional(),
    onInvalid: z
      .enum(["fail", "skip"])
      .default("fail")
      .describe("fail: any malformed row refuses the upload (422); skip: store the valid rows and record the rest"),
  })
  .strict()
  .refine((q) => q.filterDescription === undefined || q.filteredFromId !== undefined, {
    path: ["filterDescription"],
    error: "needs filteredFromId",
  });
export type TUploadDatasetQuery = z.output<typeof ZUploadDatasetQuery>;

export interface SkippedLine {
  line: number;
  message: string;
}

export interface UploadResult {
  id: string;
  name: string;
  sha256: string;
  rawSha256: string;
  recordCount: number;
  byteSize: number;
  format: string;
  skipped: number;
  skippedLines: SkippedLine[];
  filteredFromId: string | null;
  rejectedCount: number | null;
  /** Share of the raw dataset's records the filter kept. */
  passRate: number | null;
  generationId: string | null;
  /** false when identical content was already stored: this is that dataset. */
  created: boolean;
}

export const ZDatasetIdParams = z.object({ id: z.string().min(1).max(100) });

export const ZListRecordsQuery = z
  .object({
    q: z.string().max(200).optional().describe("Text to find in prompts and completions (case-insensitive substring)"),
    cursor: z.coerce.number().int().min(0).optional().describe("nextCursor from the previous page (an ordinal)"),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type TListRecordsQuery = z.output<typeof ZListRecordsQuery>;

export interface DatasetRecordDto {
  ordinal: number;
  prompt: string;
  completion: string;
  metadata: unknown;
}

export interface DatasetDetail extends DatasetSummary {
  description: string | null;
  rawSha256: string | null;
  skipped: number;
  skippedLines: SkippedLine[];
  filterDescription: string | null;
  rejectedCount: number | null;
  filteredDatasets: { id: string; name: string; recordCount: number }[];
  generation: {
    id: string;
    teacher: { id: string; name: string };
    temperature: number | null;
    topP: number | null;
    maxTokens: number | null;
    seed: number | null;
    promptSet: string | null;
    promptCount: number | null;
    settings: unknown;
  } | null;
  runs: { id: string; method: string; status: string; student: { id: string; name: string } }[];
}
