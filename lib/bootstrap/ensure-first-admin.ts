import "server-only";
import type { Prisma } from "@/lib/db/connect";
import { env } from "@/lib/env";
import { recordAuditedEntity } from "@/lib/audit/record-audit-event";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { lockBootstrap } from "./bootstrap-lock";

/**
 * With no users yet, creates the first admin from PEDIGREE_ADMIN_EMAIL / PEDIGREE_ADMIN_PASSWORD,
 * or with a generated password printed once. Returns the first admin (existing or new).
 */
export async function ensureFirstAdmin(prisma: Prisma): Promise<{ id: string; email: string }> {
  const existing = await prisma.user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" } });
  if (existing) return existing;
  if ((await prisma.user.count()) > 0) {
    throw new Error("Users exist but none is an admin; give one the admin role in the database.");
  }
  const password = env.PEDIGREE_ADMIN_PASSWORD ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const { admin, created } = await prisma.$transaction(async (tx) => {
    // Another instance starting at once may have created it since the check above.
    await lockBootstrap(tx);
    const first = await tx.user.findFirst({ where: { role: "admin" }, orderBy: { createdAt: "asc" } });
    if (first) return { admin: first, created: false };
    const user = await tx.user.create({
      data: { email: env.PEDIGREE_ADMIN_EMAIL.toLowerCase(), name: "Administrator", role: "admin", passwordHash },
    });
    await recordAuditedEntity(tx, "system", user, { action: "user.create", entityType: "user", entityId: user.id });
    return { admin: user, created: true };
  });
  if (created && !env.PEDIGREE_ADMIN_PASSWORD) {
    console.info(
      [
        "",
        "  ┌─ Pedigree: first administrator created ──────────────────────",
        `  │ email:    ${admin.email}`,
        `  │ password: ${password}`,
        "  │ This password is shown once. Change it under Settings.",
        "  └──────────────────────────────────────────────────────────────",
        "",
      ].join("\n"),
    );
  }
  return admin;
}
