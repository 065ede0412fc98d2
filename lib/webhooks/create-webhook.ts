import "server-only";
import { recordAuditedEntity } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { db } from "@/lib/db";
import { checkWebhookUrl } from "./check-webhook-url";
import { generateWebhookSecret, sealWebhookSecret } from "./webhook-secret-box";
import { toWebhookDto, webhookInclude, type CreatedWebhookDto, type TCreateWebhook } from "./webhook.types";

/**
 * Adds a webhook. Its signing secret is returned this once and kept sealed (lib/webhooks/webhook-secret-box.ts).
 * `baseUrl` is the origin links in its payloads start with when NEXTAUTH_URL is unset.
 */
export async function createWebhook(actor: Actor, input: TCreateWebhook, baseUrl: string): Promise<CreatedWebhookDto> {
  await checkWebhookUrl(input.url);
  const { secret, prefix } = generateWebhookSecret();
  const secretSealed = sealWebhookSecret(secret, await getAuthSecret());
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const created = await tx.webhook.create({
      data: {
        url: input.url,
        flavour: input.flavour,
        events: input.events,
        description: input.description,
        secretSealed,
        secretPrefix: prefix,
        baseUrl,
        createdById: actor.userId,
      },
      include: webhookInclude,
    });
    const dto = await recordAuditedEntity(tx, actor, toWebhookDto(created), {
      action: "webhook.create",
      entityType: "webhook",
      entityId: created.id,
    });
    return { ...dto, secret };
  });
}
