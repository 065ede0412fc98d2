import { FlaskConical } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** Marks an entity of the demo workspace; the title says what kind of example it is. */
export function DemoBadge({ title = "Part of the demo workspace" }: { title?: string }) {
  return (
    <Badge tone="amber" icon={<FlaskConical size={11} aria-hidden="true" />} title={title}>
      demo data
    </Badge>
  );
}
