import "server-only";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format/format-date";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportScope } from "@/lib/generated/prisma/enums";
import {
  fromStoredFormat,
  REPORT_FORMATS,
  reportFormatLabel,
  toStoredFormat,
} from "@/lib/reports/report-format-labels";
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

/** The stored formats whose API names ("pdf", "prov-json") are `q` whole, begin with it, or hold it: by rank. */
function formatsMatching(q: string): [string[], string[], string[]] {
  const lower = q.toLowerCase();
  const byRank: [string[], string[], string[]] = [[], [], []];
  for (const format of REPORT_FORMATS) {
    const rank = format === lower ? 0 : format.startsWith(lower) ? 1 : format.includes(lower) ? 2 : -1;
    if (rank !== -1) byRank[rank].push(toStoredFormat(format));
  }
  return byRank;
}

/**
 * Reports whose subject's name or format ("pdf", "prov-json") holds `q`, or whose id or subject's id
 * (a model's id, a trait's slug) is `q`; the newest first among equal matches.
 */
export async function searchReports(q: string, limit: number): Promise<SearchResult[]> {
  const names = matchConditions(q, { names: [Prisma.sql`subject_name`], ids: [Prisma.sql`id`] });
  // Every scope named, so that the (scope, subject_id) index finds a subject's reports.
  const subject = Prisma.sql`(scope IN ('model', 'lineage', 'trait') AND subject_id = ${q})`;
  // The six formats are matched here: a text that names none leaves the filter to the indexes.
  const formats = formatsMatching(q);
  const rank = Prisma.sql`LEAST(${names.rank}, CASE WHEN ${subject} THEN 0 ELSE 2 END,
    CASE WHEN format::text = ANY(${formats[0]}::text[]) THEN 0 WHEN format::text = ANY(${formats[1]}::text[]) THEN 1
         ELSE 2 END)`;
  const anyFormat = formats.flat();
  const byFormat = anyFormat.length === 0 ? Prisma.empty : Prisma.sql`OR format::text = ANY(${anyFormat}::text[])`;
  const where = Prisma.sql`(${names.where} OR ${subject} ${byFormat})`;
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
