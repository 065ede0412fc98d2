import { Database, SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function DatasetsEmptyState({ query, onClear }: { query: string; onClear: () => void }) {
  if (query) {
    return (
      <EmptyState
        icon={<SearchX size={18} />}
        title={`No datasets match “${query}”`}
        description="The search looks at names and at the start of the SHA-256 digest."
        action={<Button onClick={onClear}>Clear search</Button>}
      />
    );
  }
  return (
    <EmptyState
      icon={<Database size={18} />}
      title="No datasets recorded yet"
      description="Datasets appear here once a teacher's generated data is uploaded, with the teacher that wrote it, the filter applied to it and the students trained on it."
    />
  );
}
