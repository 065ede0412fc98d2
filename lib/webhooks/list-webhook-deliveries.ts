import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import { deliveryInclude, toWebhookDeliveryDto, type WebhookDeliveryDto } from "./webhook.types";

/** A page of a webhook's deliveries, newest first. */
export async function listWebhookDeliveries(
  webhookId: string,
  query: { cursor?: string; limit: number },
): Promise<Page<WebhookDeliveryDto>> {
  const prisma = await db();
  if (!(await prisma.webhook.findUnique({ where: { id: webhookId }, select: { id: true } })))
    throw new NotFoundError(`No webhook with id '${webhookId}'.`);
  return findPage(
    query,
    (page) => prisma.webhookDelivery.findMany({ where: { webhookId }, include: deliveryInclude, ...page }),
    toWebhookDeliveryDto,
  );
}
