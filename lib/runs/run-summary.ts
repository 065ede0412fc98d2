import type { RunSummary } from "./run.types";

const ref = { select: { id: true, name: true } } as const;

/** What every run query loads, so that list and detail describe a run the same way. */
export const runSummaryInclude = {
  student: { select: { id: true, name: true, initializedFrom: ref } },
  teachers: { select: { teacher: ref } },
  datasets: {
    select: {
      dataset: {
        select: {
          id: true,
          name: true,
          recordCount: true,
          generation: { select: { teacher: ref } },
          filteredFrom: { select: { generation: { select: { teacher: ref } } } },
        },
      },
    },
  },
} as const;

type Ref = { id: string; name: string };

interface RunRow {
  id: string;
  method: string;
  status: string;
  seed: number | null;
  externalJobId: string | null;
  hyperparameters: unknown;
  startedAt: Date | null;
  finishedAt: Date | null;
  isDemo: boolean;
  createdAt: Date;
  student: Ref & { initializedFrom: Ref | null };
  teachers: { teacher: Ref }[];
  datasets: {
    dataset: Ref & {
      recordCount: number;
      generation: { teacher: Ref } | null;
      filteredFrom: { generation: { teacher: Ref } | null } | null;
    };
  }[];
}

/** A run's teachers: those named explicitly, and those that generated its datasets (or the raw data they were filtered from). */
function runTeachers(row: Pick<RunRow, "teachers" | "datasets">): Ref[] {
  const teachers = new Map<string, Ref>();
  for (const { teacher } of row.teachers) teachers.set(teacher.id, teacher);
  for (const { dataset } of row.datasets) {
    const teacher = dataset.generation?.teacher ?? dataset.filteredFrom?.generation?.teacher;
    if (teacher) teachers.set(teacher.id, teacher);
  }
  return [...teachers.values()];
}

export function toRunSummary(row: RunRow): RunSummary {
  return {
    id: row.id,
    method: row.method,
    status: row.status,
    seed: row.seed,
    externalJobId: row.externalJobId,
    hyperparameters: row.hyperparameters,
    student: { id: row.student.id, name: row.student.name },
    initializedFrom: row.student.initializedFrom,
    teachers: runTeachers(row),
    datasets: row.datasets.map(({ dataset }) => ({
      id: dataset.id,
      name: dataset.name,
      recordCount: dataset.recordCount,
      teacher: dataset.generation?.teacher ?? dataset.filteredFrom?.generation?.teacher ?? null,
    })),
    teacherUnknown:
      runTeachers(row).length === 0 &&
      row.datasets.some(({ dataset }) => !dataset.generation && !dataset.filteredFrom?.generation),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    isDemo: row.isDemo,
    createdAt: row.createdAt.toISOString(),
  };
}
