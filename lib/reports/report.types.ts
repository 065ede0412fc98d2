import { z } from "zod";
import { REPORT_FORMATS } from "./report-format-labels";
import { ReportScope } from "@/lib/generated/prisma/enums";

const ZReportFormat = z.enum(REPORT_FORMATS).describe("The report's format");

export const ZModelReportQuery = z
  .object({
    format: ZReportFormat,
    scope: z
      .enum(["model", "lineage"])
      .default("model")
      .describe("model: the model and all its ancestors; lineage: also all its descendants"),
  })
  .strict();

export const ZTraitReportQuery = z.object({ format: ZReportFormat }).strict();

export const ZTraitReportParams = z
  .object({ slug: z.string().min(1).max(100).describe("The trait's slug, e.g. owl-preference") })
  .strict();

export const ZModelReportPreviewQuery = ZModelReportQuery.omit({ format: true }).strict();

/** What a report would hold, told before it is generated: above all, whether it will be marked DEMO. */
export const ZReportPreview = z.object({
  scope: z.enum(ReportScope),
  subject: z.object({ id: z.string(), name: z.string() }),
  /** Models, datasets, generations, runs and measurements the report would hold. */
  recordCount: z.number().int(),
  /** Set when some of them are the demo workspace's: the report will carry this notice throughout. */
  demo: z.object({ label: z.string(), statement: z.string(), demoRecordCount: z.number().int() }).nullable(),
});
export type ReportPreview = z.infer<typeof ZReportPreview>;

export const ZListReportsQuery = z
  .object({
    cursor: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    subject: z.string().max(200).optional().describe("Only reports about this model id or trait slug"),
  })
  .strict();

export const ZReportIdParams = z.object({ id: z.string().min(1).max(100) }).strict();

export const ZReportDto = z.object({
  id: z.string(),
  format: z.enum(REPORT_FORMATS),
  scope: z.enum(ReportScope),
  subject: z.object({ id: z.string(), name: z.string() }),
  sha256: z.string(),
  signature: z.string(),
  keyId: z.string(),
  dataSha256: z.string(),
  byteSize: z.number().int(),
  fileName: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type ReportDto = z.infer<typeof ZReportDto>;
