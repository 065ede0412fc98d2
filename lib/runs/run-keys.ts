// TanStack Query keys for distillation runs. Invalidate `runKeys.lists()` after a write to refresh every list.

export interface RunListFilters {
  status: string;
  method: string;
  teacherId: string;
  studentId: string;
}

export const runKeys = {
  all: ["runs"] as const,
  lists: () => [...runKeys.all, "list"] as const,
  list: (filters: RunListFilters) => [...runKeys.lists(), filters] as const,
};
