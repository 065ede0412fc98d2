import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs an idempotent registration; if it lost a race to an identical one (a unique key violated
 * between its check and its insert), runs it once more, when it finds the winner's row and
 * answers as a repeat.
 */
export async function retryOnUniqueViolation<T>(idempotent: boolean, register: () => Promise<T>): Promise<T> {
  try {
    return await register();
  } catch (error) {
    const unique = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (idempotent && unique) return register();
    throw error;
  }
}
