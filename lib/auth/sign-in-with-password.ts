import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, verifyPassword } from "./password";

// Compared against when the email is unknown, so that a wrong email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export async function signInWithPassword(email: string, password: string) {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  if (!user || user.disabledAt) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(password, await decoyHash);
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return prisma.$transaction(async (tx) => {
    const signedIn = await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAuditEvent(tx, { userId: user.id, tokenId: null, label: user.email }, {
      action: "user.sign_in",
      entityType: "user",
      entityId: user.id,
    });
    return signedIn;
  });
}
