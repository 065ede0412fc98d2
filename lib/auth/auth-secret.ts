import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getOrCreateSetting } from "@/lib/settings/get-or-create-setting";

let cached: Promise<string> | undefined;

/** The key that signs session cookies: NEXTAUTH_SECRET, or one generated on first start and kept in the database. */
export function getAuthSecret(): Promise<string> {
  if (env.NEXTAUTH_SECRET) return Promise.resolve(env.NEXTAUTH_SECRET);
  cached ??= db().then((prisma) =>
    getOrCreateSetting(prisma, "auth.session_secret", () => randomBytes(32).toString("base64url")),
  );
  return cached;
}
