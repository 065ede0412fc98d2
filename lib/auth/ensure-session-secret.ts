import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { DatabaseMode, Prisma } from "@/lib/db/connect";
import { StartupRefusal } from "@/lib/db/startup-refusal";
import { env } from "@/lib/env";
import { KEY_FILES, keyFilePath, readKeyFile, writeKeyFile } from "@/lib/keys/key-files";

const LEGACY_SETTING = "auth.session_secret";
// The SHA-256 of the generated secret (not the secret): tells an instance that joins a PostgreSQL database
// without the secret the others sign sessions with, instead of letting it sign cookies they refuse.
const FINGERPRINT_SETTING = "auth.session_secret_sha256";

const fingerprint = (secret: string) => createHash("sha256").update(secret).digest("hex");

/**
 * At start, when NEXTAUTH_SECRET is not set: the session secret is the key file's, generated on a first
 * start. A secret that earlier versions kept in the settings table, in plaintext, moves to the key file
 * (signed-in users stay signed in) and its row is deleted.
 */
export async function ensureSessionSecret(prisma: Prisma, mode: DatabaseMode): Promise<void> {
  const legacy = await prisma.instanceSetting.findUnique({ where: { key: LEGACY_SETTING } });
  if (legacy) {
    if (!env.NEXTAUTH_SECRET && readKeyFile(KEY_FILES.sessionSecret) === null)
      writeKeyFile(KEY_FILES.sessionSecret, legacy.value);
    await prisma.instanceSetting.deleteMany({ where: { key: LEGACY_SETTING } });
    console.info("[pedigree] moved the session secret from the database to the key directory");
  }
  if (env.NEXTAUTH_SECRET) return;
  let secret = readKeyFile(KEY_FILES.sessionSecret)?.trim();
  if (!secret) {
    const recorded = await prisma.instanceSetting.findUnique({ where: { key: FINGERPRINT_SETTING } });
    if (recorded && mode === "postgres") {
      const file = keyFilePath(KEY_FILES.sessionSecret);
      throw new StartupRefusal(
        `Other instances on this database sign sessions with a secret that is not here (no ${file}). ` +
          `Copy that file from one of them, or set the same NEXTAUTH_SECRET on every instance. ` +
          `To sign everyone out and start with a new secret: \`openssl rand -base64 32 > ${file} && chmod 600 ${file}\`.`,
      );
    }
    secret = randomBytes(32).toString("base64url");
    writeKeyFile(KEY_FILES.sessionSecret, secret);
  }
  const value = fingerprint(secret);
  await prisma.instanceSetting.upsert({
    where: { key: FINGERPRINT_SETTING },
    create: { key: FINGERPRINT_SETTING, value },
    update: { value },
  });
}
