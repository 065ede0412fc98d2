import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { toWebhookDto, webhookInclude, type WebhookDto } from "./webhook.types";

/** One webhook, deleted ones included (with `disabledAt`). */
export async function getWebhook(id: string): Promise<WebhookDto> {
  const prisma = await db();
  const row = await prisma.webhook.findUnique({ where: { id }, include: webhookInclude });
  if (!row) throw new NotFoundError(`No webhook with id '${id}'.`);
  return toWebhookDto(row);
}
