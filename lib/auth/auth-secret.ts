import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { KEY_FILES, readKeyFile, writeKeyFile } from "@/lib/keys/key-files";

let cached: Promise<string> | undefined;

/**
 * The key that signs session cookies: NEXTAUTH_SECRET, or one generated on first start and kept in the
 * key directory (0600), never in the database. Several instances on one PostgreSQL need the same
 * NEXTAUTH_SECRET, or a session cookie from one is refused by the others.
 */
export function getAuthSecret(): Promise<string> {
  if (env.NEXTAUTH_SECRET) return Promise.resolve(env.NEXTAUTH_SECRET);
  // After the database is ready: the start-up moves a secret an older version kept in the database.
  cached ??= db()
    .then(() => {
      const stored = readKeyFile(KEY_FILES.sessionSecret);
      if (stored) return stored.trim();
      const secret = randomBytes(32).toString("base64url");
      writeKeyFile(KEY_FILES.sessionSecret, secret);
      return secret;
    })
    .catch((error) => {
      cached = undefined;
      throw error;
    });
  return cached;
}
