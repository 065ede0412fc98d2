import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { matchConditions } from "./match-conditions";
import { SEARCH_MATCHES, type SearchResult } from "./search.types";

interface RunRow {
  id: string;
  method: string;
  status: string;
  external_job_id: string | null;
  student_name: string;
  rank: number;
}

// As the run's page titles it ("SFT run of ...").
const METHOD_LABELS: Partial<Record<string, string>> = {
  sft: "SFT",
  lora: "LoRA",
  logit_distillation: "Logit distillation",
  other: "Other",
};

/** Runs whose student's name or external job id holds `q`, or whose id is `q`. */
export async function searchRuns(q: string, limit: number): Promise<SearchResult[]> {
  const run = matchConditions(q, { names: [Prisma.sql`r.external_job_id`], ids: [Prisma.sql`r.id`] });
  const student = matchConditions(q, { names: [Prisma.sql`m.name`], ids: [] });
  // Two filters joined by UNION rather than OR, so that each table's own indexes find its matches.
  const rows = await (
    await db()
  ).$queryRaw<RunRow[]>`
    WITH matched AS (
      SELECT r.id FROM distillation_runs r WHERE ${run.where}
      UNION
      SELECT r.id FROM models m JOIN distillation_runs r ON r.student_id = m.id WHERE ${student.where}
    )
    SELECT r.id, r.method::text AS method, r.status::text AS status, r.external_job_id, m.name AS student_name,
           LEAST(${run.rank}, ${student.rank}) AS rank
      FROM matched
      JOIN distillation_runs r ON r.id = matched.id
      JOIN models m ON m.id = r.student_id
     ORDER BY rank, lower(m.name), r.created_at DESC, r.id
     LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "run",
    id: row.id,
    label: `${METHOD_LABELS[row.method] ?? row.method} run of ${row.student_name}`,
    secondary: row.external_job_id ? `job ${row.external_job_id} · ${row.status}` : row.status,
    href: `/runs/${row.id}`,
    match: SEARCH_MATCHES[row.rank],
  }));
}
