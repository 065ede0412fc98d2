import "server-only";
import { db } from "@/lib/db";
import { toWebhookDto, webhookInclude, type WebhookDto } from "./webhook.types";

/** The webhooks in use (deleted ones are not listed), newest first. */
export async function listWebhooks(): Promise<WebhookDto[]> {
  const prisma = await db();
  const rows = await prisma.webhook.findMany({
    where: { disabledAt: null },
    include: webhookInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toWebhookDto);
}
