import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { toWebhookDto, webhookInclude, type WebhookDto } from "./webhook.types";

/**
 * Deletes a webhook: it is sent nothing more, its pending deliveries are given up, and it and its deliveries
 * stay readable by id for the record. Deleting it again changes nothing.
 */
export async function deleteWebhook(actor: Actor, id: string): Promise<WebhookDto> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const webhook = await tx.webhook.findUnique({ where: { id }, include: webhookInclude });
    if (!webhook) throw new NotFoundError(`No webhook with id '${id}'.`);
    if (webhook.disabledAt) return toWebhookDto(webhook);
    await tx.webhookDelivery.updateMany({
      where: { webhookId: id, status: "pending" },
      data: { status: "failed", nextAttemptAt: null, lastError: "the webhook was deleted" },
    });
    const deleted = await tx.webhook.update({
      where: { id },
      data: { disabledAt: new Date() },
      include: webhookInclude,
    });
    const after = toWebhookDto(deleted);
    await recordAuditEvent(tx, actor, {
      action: "webhook.delete",
      entityType: "webhook",
      entityId: id,
      before: toWebhookDto(webhook),
      after,
    });
    return after;
  });
}
