import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import { toReportDto } from "./report-dto";
import type { ReportDto } from "./report.types";

/** The reports generated here, newest first: by whom, when, with their digests. */
export async function listReports(query: {
  cursor?: string;
  limit: number;
  subject?: string;
}): Promise<Page<ReportDto>> {
  const prisma = await db();
  return findPage(
    query,
    (page) =>
      prisma.report.findMany({
        where: query.subject ? { subjectId: query.subject } : {},
        omit: { content: true },
        ...page,
      }),
    toReportDto,
  );
}

/** One report's record and its exact signed bytes, for downloading it again. */
export async function getReportContent(id: string): Promise<{ report: ReportDto; content: Buffer }> {
  const prisma = await db();
  const row = await prisma.report.findUnique({ where: { id } });
  if (!row) throw new NotFoundError(`No report with id '${id}'.`);
  return { report: toReportDto(row), content: Buffer.from(row.content) };
}
