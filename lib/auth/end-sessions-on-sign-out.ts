import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";

/**
 * Sign-out ends the session server-side: the user's session version moves on, so the signed-out
 * cookie (and any copy of it) is refused from now on. A stale cookie's sign-out changes nothing.
 */
export async function endSessionsOnSignOut(userId: string, sessionVersion: number): Promise<void> {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const ended = await tx.user.updateMany({
      where: { id: userId, sessionVersion },
      data: { sessionVersion: { increment: 1 } },
    });
    if (ended.count === 0) return;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    await recordAuditEvent(
      tx,
      { userId, tokenId: null, label: user.email },
      { action: "user.sign_out", entityType: "user", entityId: userId },
    );
  });
}
