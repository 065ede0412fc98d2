import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { wakeWebhookWorker } from "./webhook-worker";
import { deliveryInclude, toWebhookDeliveryDto, type WebhookDeliveryDto } from "./webhook.types";

/**
 * Sends a delivery again: it is pending once more, due now, with a fresh count of attempts. The receiver
 * gets the same `X-Pedigree-Delivery` id and event, so it can tell a resend from a new event.
 */
export async function resendWebhookDelivery(actor: Actor, id: string): Promise<WebhookDeliveryDto> {
  const prisma = await db();
  const resent = await prisma.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({
      where: { id },
      include: { ...deliveryInclude, webhook: { select: { disabledAt: true } } },
    });
    if (!delivery) throw new NotFoundError(`No webhook delivery with id '${id}'.`);
    if (delivery.webhook.disabledAt)
      throw new ConflictError("Its webhook was deleted: a delivery of a deleted webhook cannot be resent.");
    const updated = await tx.webhookDelivery.update({
      where: { id },
      data: {
        status: "pending",
        attempts: 0,
        nextAttemptAt: new Date(),
        lastError: null,
        lastStatusCode: null,
        deliveredAt: null,
      },
      include: deliveryInclude,
    });
    const after = toWebhookDeliveryDto(updated);
    await recordAuditEvent(tx, actor, {
      action: "webhook_delivery.resend",
      entityType: "webhook",
      entityId: delivery.webhookId,
      before: toWebhookDeliveryDto(delivery),
      after,
    });
    return after;
  });
  wakeWebhookWorker();
  return resent;
}
