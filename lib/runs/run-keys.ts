// TanStack Query keys for distillation runs. Invalidate `runKeys.lists()` after a write to refresh every list.
import { listKeys } from "@/lib/query-keys/list-keys";

export interface RunListFilters {
  status: string;
  method: string;
  teacherId: string;
  studentId: string;
}

export const runKeys = listKeys<RunListFilters>("runs");
