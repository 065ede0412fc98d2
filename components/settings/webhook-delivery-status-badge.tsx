import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import type { WebhookDeliveryDto } from "@/lib/webhooks/webhook.types";

const TONES: Record<WebhookDeliveryDto["status"], Tone> = { pending: "amber", delivered: "green", failed: "red" };

export function WebhookDeliveryStatusBadge({ status }: { status: WebhookDeliveryDto["status"] }) {
  return (
    <Badge tone={TONES[status]} variant="dot">
      {status}
    </Badge>
  );
}
