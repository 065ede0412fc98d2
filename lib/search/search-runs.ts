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
  const { rank, where } = matchConditions(q, {
    names: [Prisma.sql`m.name`, Prisma.sql`r.external_job_id`],
    ids: [Prisma.sql`r.id`],
  });
  const rows = await (
    await db()
  ).$queryRaw<RunRow[]>`
    SELECT r.id, r.method::text AS method, r.status::text AS status, r.external_job_id, m.name AS student_name,
           ${rank} AS rank
      FROM distillation_runs r
      JOIN models m ON m.id = r.student_id
     WHERE ${where}
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
