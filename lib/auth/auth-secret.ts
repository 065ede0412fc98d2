import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { KEY_FILES, keyFilePath, readKeyFile } from "@/lib/keys/key-files";

let cached: Promise<string> | undefined;

/**
 * The key that signs session cookies: NEXTAUTH_SECRET, or the one in the key directory (0600), generated
 * on first start (lib/auth/ensure-session-secret.ts), never kept in the database. Several instances on
 * one PostgreSQL need the same secret: set the same NEXTAUTH_SECRET on each.
 */
export function getAuthSecret(): Promise<string> {
  if (env.NEXTAUTH_SECRET) return Promise.resolve(env.NEXTAUTH_SECRET);
  cached ??= db()
    .then(() => {
      const stored = readKeyFile(KEY_FILES.sessionSecret)?.trim();
      if (!stored)
        throw new Error(
          `The session secret ${keyFilePath(KEY_FILES.sessionSecret)} is missing: restart the server to make a new one.`,
        );
      return stored;
    })
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}
