import "server-only";
import { db } from "@/lib/db";

export interface RunParticipants {
  /** Models that generated a dataset or were named a run's teacher. */
  teachers: { id: string; name: string }[];
  /** Models a run produced. */
  students: { id: string; name: string }[];
}

/** The models the runs filter can offer: every teacher and every student, by name. */
export async function listRunParticipants(): Promise<RunParticipants> {
  const prisma = await db();
  const select = { id: true, name: true } as const;
  const [teachers, students] = await Promise.all([
    prisma.model.findMany({
      where: { OR: [{ generations: { some: {} } }, { taughtRuns: { some: {} } }] },
      select,
      orderBy: { name: "asc" },
    }),
    prisma.model.findMany({ where: { producedByRuns: { some: {} } }, select, orderBy: { name: "asc" } }),
  ]);
  return { teachers, students };
}
