import { z } from "zod";
import { ZGenerationDto } from "@/lib/generations/generation.types";
import { ZPageQuery } from "@/lib/pagination/cursor-page";

export const ZListDatasetsQuery = z
  .object({ q: z.string().trim().max(200).optional().describe("Matches the name or the SHA-256"), ...ZPageQuery })
  .strict();
export type TListDatasetsQuery = z.output<typeof ZListDatasetsQuery>;

const ZNamed = z.object({ id: z.string(), name: z.string() });
const ZDatasetRef = ZNamed.extend({ recordCount: z.number().int() });

// What the API and the UI see of a dataset. The zod schemas describe the responses in the OpenAPI
// document; the types are inferred from them.
export const ZDatasetSummary = z.object({
  id: z.string(),
  name: z.string(),
  sha256: z.string(),
  recordCount: z.number().int(),
  byteSize: z.number().int(),
  format: z.string(),
  isDemo: z.boolean(),
  tags: z.array(z.string()),
  teacher: ZNamed.nullable(),
  filteredFrom: ZDatasetRef.nullable(),
  /** Share of the raw dataset's records the filter kept, when this dataset was filtered from one. */
  passRate: z.number().nullable(),
  trainedStudents: z.array(ZNamed),
  createdAt: z.string(),
});
export type DatasetSummary = z.infer<typeof ZDatasetSummary>;

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

/** A line an upload with `onInvalid=skip` left out, as the dataset's `skipped_lines` column holds it. */
const ZSkippedLine = z.object({ line: z.number().int(), message: z.string() });
export type SkippedLine = z.infer<typeof ZSkippedLine>;
export const ZSkippedLines = z.array(ZSkippedLine);

const ZSearchIndexState = z
  .enum(["indexing", "ready"])
  .describe(
    "The dataset's record search index: 'indexing' while a background job builds it after upload (searching `q` works meanwhile, more slowly), then 'ready'",
  );
export type TSearchIndexState = z.infer<typeof ZSearchIndexState>;

export const ZUploadResult = ZDatasetSummary.pick({
  id: true,
  name: true,
  sha256: true,
  recordCount: true,
  byteSize: true,
  format: true,
  passRate: true,
}).extend({
  rawSha256: z.string(),
  skipped: z.number().int(),
  skippedLines: ZSkippedLines,
  filteredFromId: z.string().nullable(),
  rejectedCount: z.number().int().nullable(),
  generationId: z.string().nullable(),
  searchIndex: ZSearchIndexState,
  /** false when identical content was already stored: this is that dataset. */
  created: z.boolean(),
});
export type UploadResult = z.infer<typeof ZUploadResult>;

export const ZDatasetIdParams = z.object({ id: z.string().min(1).max(100) });

export const ZListRecordsQuery = z
  .object({
    q: z.string().max(200).optional().describe("Text to find in prompts and completions (case-insensitive substring)"),
    cursor: z.coerce.number().int().min(0).optional().describe("nextCursor from the previous page (an ordinal)"),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type TListRecordsQuery = z.output<typeof ZListRecordsQuery>;

const ZDatasetRecordDto = z.object({
  ordinal: z.number().int(),
  prompt: z.string(),
  completion: z.string(),
  /** The record's other fields, as uploaded; null when it had none. */
  metadata: z.unknown(),
});
export type DatasetRecordDto = z.infer<typeof ZDatasetRecordDto>;

export const ZRecordPage = z.object({
  items: z.array(ZDatasetRecordDto),
  nextCursor: z
    .number()
    .int()
    .nullable()
    .describe("Pass as `cursor` for the next page (an ordinal); null on the last page"),
  /** Records matching `q` in the whole dataset (only when `q` is given). */
  matchCount: z.number().int().nullable(),
});
export type RecordPage = z.infer<typeof ZRecordPage>;

export const ZDatasetDetail = ZDatasetSummary.extend({
  ...ZUploadResult.pick({ skipped: true, skippedLines: true, rejectedCount: true, searchIndex: true }).shape,
  description: z.string().nullable(),
  rawSha256: z.string().nullable(),
  filterDescription: z.string().nullable(),
  filteredDatasets: z.array(ZDatasetRef),
  generation: ZGenerationDto.pick({
    id: true,
    teacher: true,
    temperature: true,
    topP: true,
    maxTokens: true,
    seed: true,
    promptSet: true,
    promptCount: true,
    settings: true,
  }).nullable(),
  runs: z.array(z.object({ id: z.string(), method: z.string(), status: z.string(), student: ZNamed })),
});
export type DatasetDetail = z.infer<typeof ZDatasetDetail>;
