import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";

const TONES: Record<string, Tone> = {
  succeeded: "green",
  running: "blue",
  planned: "gray",
  failed: "red",
  cancelled: "gray",
};

export function RunStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={TONES[status] ?? "gray"} variant="dot">
      {status}
    </Badge>
  );
}
