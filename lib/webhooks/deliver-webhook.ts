import "server-only";
import { readJsonColumn } from "@/lib/db/json-column";
import { sendWebhook, type SendResult } from "./send-webhook";
import type { ClaimedDelivery } from "./webhook-deliveries";
import { ZWebhookEventData, ZWebhookEventName } from "./webhook-events";
import { renderWebhookBody } from "./webhook-payload";
import { openWebhookSecret } from "./webhook-secret-box";
import { SIGNATURE_HEADER, signWebhookBody } from "./webhook-signature";

export interface DeliverOptions {
  /** The session secret the webhook secrets are sealed with. */
  masterSecret: string;
  /** NEXTAUTH_URL when set: links point there rather than at the origin the webhook was created from. */
  publicUrl: string | undefined;
  allowPrivate: boolean;
  timeoutMs?: number;
}

/** One attempt at one claimed delivery: the body rendered, signed and POSTed. Never throws. */
export async function deliverWebhook(delivery: ClaimedDelivery, options: DeliverOptions): Promise<SendResult> {
  try {
    const secret = openWebhookSecret(delivery.secretSealed, options.masterSecret);
    const event = ZWebhookEventName.parse(delivery.event);
    const data = readJsonColumn(ZWebhookEventData, delivery.payload, "webhook_events.payload");
    const body = renderWebhookBody(
      delivery.flavour,
      { id: delivery.eventId, event, occurredAt: new Date(delivery.occurredAt), data },
      options.publicUrl ?? delivery.baseUrl,
    );
    return await sendWebhook({
      url: delivery.url,
      body,
      allowPrivate: options.allowPrivate,
      timeoutMs: options.timeoutMs,
      headers: {
        "content-type": "application/json",
        "user-agent": "Pedigree-Webhook/1",
        [SIGNATURE_HEADER]: signWebhookBody(body, secret),
        "X-Pedigree-Delivery": delivery.id,
        "X-Pedigree-Event": event,
      },
    });
  } catch (error) {
    return { ok: false, statusCode: null, error: error instanceof Error ? error.message : String(error) };
  }
}
