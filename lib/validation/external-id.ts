import { z } from "zod";

/**
 * The id a client's own system gives what it registers (a job, a provider's model): optional, and the key that
 * makes registering the same thing twice return the first record.
 */
export function externalIdSchema(description: string) {
  return z.string().trim().min(1).max(300).optional().describe(description);
}
