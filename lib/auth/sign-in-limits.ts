import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";

// Failed sign-ins are rows in Postgres, so that every app instance on one database counts the same
// failures. Both limits are sliding windows over those rows.
const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Failures per account (email) in the window, after which even the right password is refused. */
const MAX_ACCOUNT_FAILURES = 10;
/** Failures per client address in the window, after which the address gets 429. */
const MAX_ADDRESS_FAILURES = 50;

export type SignInFailureReason = "wrong_password" | "unknown_account" | "disabled_account" | "account_locked";

export interface SignInBlock {
  limit: "account" | "address";
  retryAfterSeconds: number;
}

/**
 * When the `max`-th most recent failure matching `where` is inside the window, the limit is reached,
 * and it lifts when that failure leaves the window.
 */
async function blockedUntil(
  where: { email: string } | { address: string },
  max: number,
  countLocked: boolean,
): Promise<Date | null> {
  const prisma = await db();
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const edge = await prisma.signInFailure.findFirst({
    where: { ...where, createdAt: { gt: since }, ...(countLocked ? {} : { reason: { not: "account_locked" } }) },
    orderBy: { createdAt: "desc" },
    skip: max - 1,
    select: { createdAt: true },
  });
  return edge ? new Date(edge.createdAt.getTime() + SIGN_IN_WINDOW_MS) : null;
}

function secondsUntil(when: Date): number {
  return Math.max(1, Math.ceil((when.getTime() - Date.now()) / 1000));
}

/** Whether a sign-in from this address for this account may be tried now. */
export async function checkSignInLimits(email: string, address: string): Promise<SignInBlock | null> {
  const addressUntil = await blockedUntil({ address }, MAX_ADDRESS_FAILURES, true);
  if (addressUntil) return { limit: "address", retryAfterSeconds: secondsUntil(addressUntil) };
  // Refusals of a locked account do not extend its lock: it opens when the window of real tries passes.
  const accountUntil = await blockedUntil({ email }, MAX_ACCOUNT_FAILURES, false);
  if (accountUntil) return { limit: "account", retryAfterSeconds: secondsUntil(accountUntil) };
  return null;
}

/**
 * Records a failed sign-in and audits it (email, address, reason: never the password). The failure
 * that reaches a limit is audited as a lockout too.
 */
export async function recordSignInFailure(attempt: {
  email: string;
  address: string;
  userId?: string | null;
  reason: SignInFailureReason;
}): Promise<void> {
  const prisma = await db();
  const userId =
    attempt.userId !== undefined
      ? attempt.userId
      : ((await prisma.user.findUnique({ where: { email: attempt.email }, select: { id: true } }))?.id ?? null);
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  await prisma.$transaction(async (tx) => {
    await tx.signInFailure.create({ data: { email: attempt.email, address: attempt.address, reason: attempt.reason } });
    const details = { email: attempt.email, address: attempt.address, reason: attempt.reason };
    const entityId = userId ?? attempt.email;
    await recordAuditEvent(tx, "system", {
      action: "user.sign_in_failed",
      entityType: "user",
      entityId,
      after: details,
    });
    if (attempt.reason !== "account_locked") {
      const forAccount = await tx.signInFailure.count({
        where: { email: attempt.email, createdAt: { gt: since }, reason: { not: "account_locked" } },
      });
      if (forAccount === MAX_ACCOUNT_FAILURES) {
        await recordAuditEvent(tx, "system", {
          action: "user.sign_in_locked",
          entityType: "user",
          entityId,
          after: {
            email: attempt.email,
            address: attempt.address,
            failures: forAccount,
            windowMinutes: SIGN_IN_WINDOW_MS / 60_000,
          },
        });
      }
    }
    const forAddress = await tx.signInFailure.count({ where: { address: attempt.address, createdAt: { gt: since } } });
    if (forAddress === MAX_ADDRESS_FAILURES) {
      await recordAuditEvent(tx, "system", {
        action: "sign_in.address_limited",
        entityType: "client_address",
        entityId: attempt.address,
        after: { address: attempt.address, failures: forAddress, windowMinutes: SIGN_IN_WINDOW_MS / 60_000 },
      });
    }
  });
  // Rows older than the window count for nothing: drop them so the table stays the size of one window.
  await prisma.signInFailure.deleteMany({ where: { createdAt: { lt: since } } });
}
