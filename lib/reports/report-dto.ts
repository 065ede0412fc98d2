import { fromStoredFormat } from "./report-format-labels";
import { reportFileName } from "./report-file-name";
import type { ReportDto } from "./report.types";
import type { ReportScope } from "@/lib/generated/prisma/enums";

interface ReportRow {
  id: string;
  format: string;
  scope: ReportScope;
  subjectId: string;
  subjectName: string;
  sha256: string;
  signature: string;
  keyId: string;
  dataSha256: string;
  byteSize: number;
  createdByLabel: string;
  createdAt: Date;
}

export function toReportDto(row: ReportRow): ReportDto {
  const format = fromStoredFormat(row.format);
  return {
    id: row.id,
    format,
    scope: row.scope,
    subject: { id: row.subjectId, name: row.subjectName },
    sha256: row.sha256,
    signature: row.signature,
    keyId: row.keyId,
    dataSha256: row.dataSha256,
    byteSize: row.byteSize,
    fileName: reportFileName({
      id: row.id,
      format,
      scope: row.scope,
      subjectName: row.subjectName,
      createdAt: row.createdAt,
    }),
    createdBy: row.createdByLabel,
    createdAt: row.createdAt.toISOString(),
  };
}
