import "server-only";
import { db } from "@/lib/db";
import type { Condition } from "./condition.types";

interface MemberRow {
  student: string;
  member: string;
  member_name: string;
  base_id: string | null;
  base_name: string | null;
  inputs: string[];
  is_control: boolean;
}

/**
 * The condition of each given student (see condition.types.ts), or of every control condition
 * trained from one of the given bases. Each student's latest run counts. Postgres keys every run by
 * (initialisation, what it learned from) and joins the keys; one query.
 */
async function queryConditions(where: {
  students?: readonly string[];
  controlsOfBases?: readonly string[];
}): Promise<Condition[]> {
  const prisma = await db();
  const students = where.students ? [...where.students] : null;
  const bases = where.controlsOfBases ? [...where.controlsOfBases] : null;
  const rows = await prisma.$queryRaw<MemberRow[]>`
    WITH latest AS (
      SELECT DISTINCT ON (r.student_id) r.id, r.student_id, m.initialized_from_id AS base, m.tags, r.created_at
        FROM distillation_runs r JOIN models m ON m.id = r.student_id
       ORDER BY r.student_id, r.created_at DESC, r.id DESC
    ), keyed AS (
      SELECT l.student_id, l.base, l.created_at,
             COALESCE(NULLIF(ARRAY(SELECT rd.dataset_id FROM run_datasets rd WHERE rd.run_id = l.id ORDER BY 1), '{}'),
                      ARRAY(SELECT 'teacher:' || rt.teacher_id FROM run_teachers rt WHERE rt.run_id = l.id ORDER BY 1)) AS inputs,
             ('control' = ANY(l.tags)) OR (
               EXISTS (SELECT 1 FROM run_datasets rd WHERE rd.run_id = l.id)
               AND NOT EXISTS (
                 SELECT 1 FROM run_datasets rd
                   JOIN datasets d ON d.id = rd.dataset_id
                   LEFT JOIN generations g ON g.dataset_id = d.id
                   LEFT JOIN generations gf ON gf.dataset_id = d.filtered_from_id
                  WHERE rd.run_id = l.id AND COALESCE(g.teacher_id, gf.teacher_id) IS DISTINCT FROM l.base)
               AND EXISTS (SELECT 1 FROM models b WHERE b.id = l.base AND b.initialized_from_id IS NULL AND b.system_prompt_sha256 IS NULL
                                                     AND NOT EXISTS (SELECT 1 FROM trait_declarations td WHERE td.model_id = b.id))
             ) AS is_control
        FROM latest l
    ), wanted AS (
      SELECT DISTINCT base, inputs FROM keyed
       WHERE (${students}::text[] IS NOT NULL AND student_id = ANY(${students}::text[]))
          OR (${bases}::text[] IS NOT NULL AND is_control AND base = ANY(${bases}::text[]))
    )
    SELECT k.student_id AS student, k.student_id AS member, mm.name AS member_name, k.base AS base_id, b.name AS base_name, k.inputs, k.is_control
      FROM wanted w JOIN keyed k ON k.base IS NOT DISTINCT FROM w.base AND k.inputs = w.inputs
      JOIN models mm ON mm.id = k.student_id LEFT JOIN models b ON b.id = k.base
     ORDER BY k.created_at, k.student_id`;
  const datasetIds = [...new Set(rows.flatMap((row) => row.inputs.filter((input) => !input.startsWith("teacher:"))))];
  const datasets = await prisma.$queryRaw<
    { id: string; name: string }[]
  >`SELECT id, name FROM datasets WHERE id = ANY(${datasetIds}::text[])`;
  const names = new Map(datasets.map((d) => [d.id, d.name]));
  const conditions = new Map<string, Condition>();
  for (const row of rows) {
    const key = `${row.base_id ?? ""}|${row.inputs.join(",")}`;
    const condition = conditions.get(key) ?? {
      base: row.base_id ? { id: row.base_id, name: row.base_name ?? row.base_id } : null,
      members: [],
      datasets: row.inputs.flatMap((id) => {
        const name = names.get(id);
        return name === undefined ? [] : [{ id, name }];
      }),
      isControl: false,
    };
    condition.members.push({ id: row.member, name: row.member_name });
    // A condition is a control when its students are: one untagged seed does not make it otherwise.
    condition.isControl = condition.isControl || row.is_control;
    conditions.set(key, condition);
  }
  return [...conditions.values()];
}

/** The conditions the given students belong to, one per distinct condition. */
export function findConditionsOf(studentIds: readonly string[]): Promise<Condition[]> {
  return studentIds.length === 0 ? Promise.resolve([]) : queryConditions({ students: studentIds });
}

/** The control conditions trained from the given bases. */
export function findControlConditions(baseIds: readonly string[]): Promise<Condition[]> {
  return baseIds.length === 0 ? Promise.resolve([]) : queryConditions({ controlsOfBases: baseIds });
}
