import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/connect";
import type { SharedInitialization } from "@/lib/runs/run.types";

interface ChainRow {
  start_id: string;
  id: string;
  name: string;
  depth: number;
}

/**
 * For teacher-student pairs: whether both descend from the same root model along initialized_from
 * (following only initialisation, not data), and their nearest common ancestor on those chains.
 * One recursive query walks every chain at once; in the caller's transaction when given one.
 */
export async function getSharedInitialization(
  pairs: { teacherId: string; studentId: string }[],
  tx?: Tx,
): Promise<SharedInitialization[]> {
  if (pairs.length === 0) return [];
  const prisma = tx ?? (await db());
  const starts = [...new Set(pairs.flatMap((pair) => [pair.teacherId, pair.studentId]))];
  const rows = await prisma.$queryRaw<ChainRow[]>`
    WITH RECURSIVE chain(start_id, id, depth) AS (
      SELECT s, s, 0 FROM unnest(${starts}::text[]) AS s
      UNION ALL
      SELECT c.start_id, m.initialized_from_id, c.depth + 1
        FROM chain c JOIN models m ON m.id = c.id
       WHERE m.initialized_from_id IS NOT NULL AND c.depth < 1000
    )
    SELECT c.start_id, c.id, m.name, c.depth FROM chain c JOIN models m ON m.id = c.id ORDER BY c.start_id, c.depth`;
  const chains = new Map<string, { id: string; name: string }[]>();
  for (const row of rows) {
    const chain = chains.get(row.start_id) ?? [];
    chain.push({ id: row.id, name: row.name });
    chains.set(row.start_id, chain);
  }
  return pairs.map(({ teacherId, studentId }) => {
    const teacherChain = chains.get(teacherId) ?? [];
    const studentChain = chains.get(studentId) ?? [];
    const onTeacherChain = new Set(teacherChain.map((model) => model.id));
    const teacherRoot = teacherChain[teacherChain.length - 1];
    const studentRoot = studentChain[studentChain.length - 1];
    return {
      teacher: teacherChain[0],
      student: studentChain[0],
      teacherRoot,
      studentRoot,
      shared: teacherRoot.id === studentRoot.id,
      nearestCommonAncestor: studentChain.find((model) => onTeacherChain.has(model.id)) ?? null,
    };
  });
}
