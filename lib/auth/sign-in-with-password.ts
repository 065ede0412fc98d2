import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, verifyPassword } from "./password";
import { checkSignInLimits, recordSignInFailure } from "./sign-in-limits";

// Compared against when the email is unknown, so that a wrong email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

/**
 * Checks an email and password from `address`. A locked account or address is refused before any
 * hashing, even with the right password; every failure is recorded and audited.
 */
export async function signInWithPassword(
  email: string,
  password: string,
  address: string,
): Promise<SignedInUser | null> {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  // The route checks the limits before next-auth runs; checked again here for sign-ins that raced past it.
  const block = await checkSignInLimits(email, address);
  if (block) {
    if (block.limit === "account")
      await recordSignInFailure({ email, address, userId: user?.id ?? null, reason: "account_locked" });
    return null;
  }
  if (!user || user.disabledAt) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(password, await decoyHash);
    await recordSignInFailure({
      email,
      address,
      userId: user?.id ?? null,
      reason: user ? "disabled_account" : "unknown_account",
    });
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    await recordSignInFailure({ email, address, userId: user.id, reason: "wrong_password" });
    return null;
  }
  return prisma.$transaction(async (tx) => {
    const signedIn = await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAuditEvent(
      tx,
      { userId: user.id, tokenId: null, label: user.email },
      {
        action: "user.sign_in",
        entityType: "user",
        entityId: user.id,
        after: { address },
      },
    );
    return { id: signedIn.id, email: signedIn.email, name: signedIn.name, sessionVersion: signedIn.sessionVersion };
  });
}
