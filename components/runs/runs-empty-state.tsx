import { FilterX, Workflow } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function RunsEmptyState({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  if (filtered) {
    return (
      <EmptyState
        icon={<FilterX size={18} />}
        title="No runs match these filters"
        description="Try another status or method, or clear the filters to see every run."
        action={<Button onClick={onClear}>Clear filters</Button>}
      />
    );
  }
  return (
    <EmptyState
      icon={<Workflow size={18} />}
      title="No distillation runs recorded yet"
      description="A run records which student was trained, on which datasets, from which teachers, with what method and seed."
    />
  );
}
