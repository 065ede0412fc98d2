// When a failed delivery is tried again: 10 s after the first attempt, then four times longer after each
// (40 s, 160 s, ~11 min, ~43 min), never more than an hour; after MAX_DELIVERY_ATTEMPTS it has failed.

export const MAX_DELIVERY_ATTEMPTS = 8;
const FIRST_RETRY_SECONDS = 10;
const GROWTH = 4;
const LONGEST_WAIT_SECONDS = 3600;

/** Seconds to wait after attempt `attempt` (1 is the first) failed, or null when it was the last. */
export function retryDelaySeconds(attempt: number): number | null {
  if (attempt >= MAX_DELIVERY_ATTEMPTS) return null;
  return Math.min(LONGEST_WAIT_SECONDS, FIRST_RETRY_SECONDS * GROWTH ** (Math.max(1, attempt) - 1));
}

/** When attempt `attempt` + 1 is due, if there is one. */
export function nextAttemptAt(attempt: number, failedAt: Date): Date | null {
  const delay = retryDelaySeconds(attempt);
  return delay === null ? null : new Date(failedAt.getTime() + delay * 1000);
}
