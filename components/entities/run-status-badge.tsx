import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<string, BadgeTone> = {
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
