import { FilterX, ScrollText } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function AuditEmptyState({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  if (filtered) {
    return (
      <EmptyState
        icon={<FilterX size={18} />}
        title="No events match these filters"
        description="Actions and entity types match exactly; the actor filter matches part of an email or token name."
        action={<Button onClick={onClear}>Clear filters</Button>}
      />
    );
  }
  return (
    <EmptyState
      icon={<ScrollText size={18} />}
      title="The audit log is empty"
      description="Every change to models, datasets, runs, users and API tokens is recorded here with who made it and what it changed."
    />
  );
}
