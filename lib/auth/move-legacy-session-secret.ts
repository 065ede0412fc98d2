import "server-only";
import type { Prisma } from "@/lib/db/connect";
import { env } from "@/lib/env";
import { KEY_FILES, readKeyFile, writeKeyFile } from "@/lib/keys/key-files";

const LEGACY_SETTING = "auth.session_secret";

/**
 * Earlier versions kept the generated session secret in the settings table, in plaintext. It moves to
 * the key file (so that signed-in users stay signed in) and its row is deleted.
 */
export async function moveLegacySessionSecret(prisma: Prisma): Promise<void> {
  const legacy = await prisma.instanceSetting.findUnique({ where: { key: LEGACY_SETTING } });
  if (!legacy) return;
  if (!env.NEXTAUTH_SECRET && readKeyFile(KEY_FILES.sessionSecret) === null) writeKeyFile(KEY_FILES.sessionSecret, legacy.value);
  await prisma.instanceSetting.deleteMany({ where: { key: LEGACY_SETTING } });
  console.info("[pedigree] moved the session secret from the database to the key directory");
}
