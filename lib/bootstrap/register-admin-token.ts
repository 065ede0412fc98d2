import "server-only";
import type { Prisma } from "@/lib/db/connect";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { lockBootstrap } from "./bootstrap-lock";
import { hashApiToken, visiblePrefix } from "@/lib/auth/api-token";

/** Registers PEDIGREE_ADMIN_TOKEN as an admin API token (once), so that scripts and CI can call the API. */
export async function registerAdminToken(prisma: Prisma, adminId: string, token: string): Promise<void> {
  const tokenHash = hashApiToken(token);
  const existing = await prisma.apiToken.findUnique({ where: { tokenHash } });
  if (existing) return;
  await prisma.$transaction(async (tx) => {
    // Another instance starting at once may have registered it since the check above.
    await lockBootstrap(tx);
    if (await tx.apiToken.findUnique({ where: { tokenHash }, select: { id: true } })) return;
    const created = await tx.apiToken.create({
      data: { name: "PEDIGREE_ADMIN_TOKEN", prefix: visiblePrefix(token), tokenHash, role: "admin", userId: adminId },
    });
    await recordAuditEvent(tx, "system", {
      action: "token.create",
      entityType: "api_token",
      entityId: created.id,
      after: created,
    });
  });
}
