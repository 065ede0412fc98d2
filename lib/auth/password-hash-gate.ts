import "server-only";
import { env } from "@/lib/env";
import { UnavailableError } from "@/lib/errors/domain-errors";

// scrypt runs on libuv's thread pool and takes a core for tens of milliseconds. Unbounded, a storm of
// sign-ins takes both cores of a small machine and every other request waits behind it. So at most
// MAX_RUNNING hashes run at once in this process and at most MAX_WAITING wait; the rest are refused
// (503 with Retry-After) rather than queued without end. PEDIGREE_PASSWORD_HASH_CONCURRENCY sets MAX_RUNNING. This bounds one process's CPU, so it lives
// in memory: it is not shared state between instances.
const MAX_RUNNING_HASHES = env.PEDIGREE_PASSWORD_HASH_CONCURRENCY;
const MAX_WAITING_HASHES = 32;
export const HASH_BUSY_RETRY_AFTER_SECONDS = 2;

let running = 0;
const waiting: Array<() => void> = [];

class PasswordHashingBusy extends UnavailableError {
  constructor() {
    super("Too many sign-ins and password changes are being checked at once; try again in a moment.", {
      retryAfterSeconds: HASH_BUSY_RETRY_AFTER_SECONDS,
    });
  }
}

let signInsInFlight = 0;

/**
 * Admits one sign-in attempt, or refuses it (null) when as many are under way as the hash queue holds,
 * so that the caller answers 503 up front instead of failing deep inside next-auth. Call the returned
 * function when the attempt is over.
 */
export function admitSignIn(): (() => void) | null {
  if (signInsInFlight >= MAX_RUNNING_HASHES + MAX_WAITING_HASHES) return null;
  signInsInFlight += 1;
  let left = false;
  return () => {
    if (left) return;
    left = true;
    signInsInFlight -= 1;
  };
}

async function acquire(): Promise<void> {
  if (running < MAX_RUNNING_HASHES) {
    running += 1;
    return;
  }
  if (waiting.length >= MAX_WAITING_HASHES) throw new PasswordHashingBusy();
  // The permit is handed over by release(): `running` stays the same.
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

/** Runs one password hash within the limits above. */
export async function withPasswordHashPermit<T>(work: () => Promise<T>): Promise<T> {
  await acquire();
  try {
    return await work();
  } finally {
    release();
  }
}
