// TanStack Query keys for measurements. Invalidate `measurementKeys.lists()` after a write to refresh every list.
import { listKeys } from "@/lib/query-keys/list-keys";

export interface MeasurementListFilters {
  trait: string;
  modelId: string;
  protocol: string;
  seed: string;
}

export const measurementKeys = listKeys<MeasurementListFilters>("measurements");
