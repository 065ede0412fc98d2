import "server-only";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format/format-date";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportScope } from "@/lib/generated/prisma/enums";
import { fromStoredFormat, reportFormatLabel } from "@/lib/reports/report-format-labels";
import { reportScopeLabel } from "@/lib/reports/report-target";
import { matchConditions } from "./match-conditions";
import { SEARCH_MATCHES, type SearchResult } from "./search.types";

interface ReportRow {
  id: string;
  format: string;
  scope: ReportScope;
  subject_id: string;
  subject_name: string;
  created_at: Date;
  rank: number;
}

/**
 * Reports whose subject's name or format ("pdf", "prov-json") holds `q`, or whose id or subject's id
 * (a model's id, a trait's slug) is `q`; the newest first among equal matches.
 */
export async function searchReports(q: string, limit: number): Promise<SearchResult[]> {
  const { rank, where } = matchConditions(q, {
    names: [Prisma.sql`subject_name`, Prisma.sql`replace(format::text, '_', '-')`],
    ids: [Prisma.sql`id`, Prisma.sql`subject_id`],
  });
  const rows = await (
    await db()
  ).$queryRaw<ReportRow[]>`
    SELECT id, format::text AS format, scope, subject_id, subject_name, created_at, ${rank} AS rank
      FROM reports
     WHERE ${where}
     ORDER BY rank, created_at DESC, id
     LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "report",
    id: row.id,
    label: `${reportFormatLabel(fromStoredFormat(row.format)).label} of ${row.subject_name}`,
    secondary: `${reportScopeLabel(row.scope)} · ${formatDateTime(row.created_at.toISOString())}`,
    // No page of its own: the Reports page, listing the reports about the same subject.
    href: `/reports?${new URLSearchParams({ subject: row.subject_id })}`,
    match: SEARCH_MATCHES[row.rank],
  }));
}
