import { Boxes, SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function ModelsEmptyState({ query, onClear }: { query: string; onClear: () => void }) {
  if (query) {
    return (
      <EmptyState
        icon={<SearchX size={18} />}
        title={`No models match “${query}”`}
        description="The search looks at names, providers and external ids."
        action={<Button onClick={onClear}>Clear search</Button>}
      />
    );
  }
  return (
    <EmptyState
      icon={<Boxes size={18} />}
      title="No models registered yet"
      description={
        <>
          Register teachers, students and base models with <code>POST /api/v1/models</code>; they appear here with their
          lineage and measurements.
        </>
      }
    />
  );
}
