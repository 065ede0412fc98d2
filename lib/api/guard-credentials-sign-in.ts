import "server-only";
// The HTTP side of sign-in limits, for next-auth's route: the limits themselves are lib/auth's.
import { clientAddress } from "@/lib/auth/client-address";
import { HASH_BUSY_RETRY_AFTER_SECONDS } from "@/lib/auth/password-hash-gate";
import { checkSignInLimits, recordSignInFailure } from "@/lib/auth/sign-in-limits";
import { ApiProblem, problemResponse } from "./problem";

/** What next-auth's credentials callback was sent: the email is all the limits need. */
function emailOf(body: string, contentType: string): string | null {
  let email: unknown;
  if (contentType.includes("application/json")) {
    try {
      email = (JSON.parse(body) as { email?: unknown }).email;
    } catch {
      return null;
    }
  } else {
    email = new URLSearchParams(body).get("email");
  }
  return typeof email === "string" && email.trim() !== "" ? email.trim().toLowerCase().slice(0, 320) : null;
}

/**
 * A refusal in next-auth's terms and HTTP's: the status and Retry-After say when to come back, and
 * `url` carries an `error` that next-auth's client `signIn()` reads as it reads a failed sign-in.
 */
function refusal(request: Request, problem: ApiProblem, error: string): Response {
  const url = new URL("/sign-in", request.url);
  url.searchParams.set("error", error);
  return problemResponse(
    new ApiProblem(problem.status, problem.detail, { ...problem.extensions, url: url.toString() }),
  );
}

/** The answer to a sign-in that arrives while the password-hashing queue is full. */
export function signInBusy(request: Request): Response {
  return refusal(
    request,
    new ApiProblem(503, "Too many sign-ins are being checked at once; try again in a moment.", {
      retryAfterSeconds: HASH_BUSY_RETRY_AFTER_SECONDS,
    }),
    "Busy",
  );
}

/**
 * Runs before next-auth's credentials callback (POST /api/auth/callback/credentials): an address or
 * account over its failure limit gets 429 with Retry-After before any password is hashed. Returns null
 * when the sign-in may go ahead.
 */
export async function guardCredentialsSignIn(request: Request, body: string): Promise<Response | null> {
  const address = clientAddress(request.headers);
  const email = emailOf(body, request.headers.get("content-type") ?? "");
  const block = await checkSignInLimits(email ?? "", address);
  if (!block) return null;
  if (block.limit === "address") {
    return refusal(
      request,
      new ApiProblem(429, "Too many failed sign-ins from your address; try again later.", {
        retryAfterSeconds: block.retryAfterSeconds,
      }),
      "TooManyAttempts",
    );
  }
  // The account is locked: refused even with the right password, and the refusal counts against the address.
  await recordSignInFailure({ email: email ?? "", address, reason: "account_locked" });
  return refusal(
    request,
    new ApiProblem(429, "Too many failed sign-ins for this account; it is locked until the window passes.", {
      retryAfterSeconds: block.retryAfterSeconds,
    }),
    "AccountLocked",
  );
}
