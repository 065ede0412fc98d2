import "server-only";
import { readFileSync } from "node:fs";
import type { Prisma, Tx } from "@/lib/db/connect";
import { StartupRefusal } from "@/lib/db/startup-refusal";
import { env } from "@/lib/env";
import { KEY_FILES, keyFilePath, readKeyFile, writeKeyFile } from "@/lib/keys/key-files";
import { newPrivateKeyPem, signingKeyFromPem, type SigningKey } from "./signing-key-material";

const LEGACY_SETTING = "reports.signing_key";
// Serializes instances that start together on one PostgreSQL, so that only one of them creates the first key.
const SIGNING_KEY_LOCK = 4_700_213_001;

/** Where this process's private key comes from, for messages. */
function signingKeySource(): string {
  if (env.PEDIGREE_SIGNING_KEY) return "PEDIGREE_SIGNING_KEY";
  if (env.PEDIGREE_SIGNING_KEY_FILE) return `PEDIGREE_SIGNING_KEY_FILE (${env.PEDIGREE_SIGNING_KEY_FILE})`;
  return keyFilePath(KEY_FILES.signingKey);
}

/** The private key the operator gave (environment or mounted file), or the key file; null when there is none yet. */
function configuredPrivateKeyPem(): string | null {
  try {
    if (env.PEDIGREE_SIGNING_KEY) return env.PEDIGREE_SIGNING_KEY.replace(/\\n/g, "\n");
    if (env.PEDIGREE_SIGNING_KEY_FILE) return readFileSync(env.PEDIGREE_SIGNING_KEY_FILE, "utf8");
    return readKeyFile(KEY_FILES.signingKey);
  } catch (error) {
    if (error instanceof StartupRefusal) throw error;
    throw new StartupRefusal(
      `Cannot read the report-signing key from ${signingKeySource()}: ${(error as Error).message}`,
    );
  }
}

/** A key that does not parse is a misconfiguration to fix before serving, not a 500 on every report. */
function parseConfiguredKey(pem: string): SigningKey {
  try {
    return signingKeyFromPem(pem);
  } catch (error) {
    throw new StartupRefusal(
      `The report-signing key in ${signingKeySource()} is not an Ed25519 private key in PEM (PKCS#8): ${(error as Error).message}`,
    );
  }
}

async function recordPublicKey(tx: Tx, key: SigningKey, retiredAt: Date | null): Promise<void> {
  const publicKeyPem = key.publicKey.export({ type: "spki", format: "pem" }).toString();
  await tx.signingKey.createMany({ data: [{ id: key.keyId, publicKeyPem, retiredAt }], skipDuplicates: true });
}

/** Makes `key` the current signing key: the one before it is retired (kept for verification). */
export async function makeCurrentSigningKey(tx: Tx, key: SigningKey): Promise<void> {
  await tx.signingKey.updateMany({
    where: { retiredAt: null, id: { not: key.keyId } },
    data: { retiredAt: new Date() },
  });
  await recordPublicKey(tx, key, null);
}

export async function lockSigningKeys(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${SIGNING_KEY_LOCK})::text`;
}

/**
 * At start: finds the private key (environment, mounted file or key file), generating one on a first
 * start; moves a key that an earlier version kept in the settings table to the key file; and records the
 * public key as current in signing_keys. Refuses to start with a key that was retired, or without a key
 * when the database already has a current one held elsewhere (another instance's key file).
 */
export async function ensureSigningKey(prisma: Prisma): Promise<SigningKey> {
  return prisma.$transaction(
    async (tx) => {
      await lockSigningKeys(tx);
      let pem = configuredPrivateKeyPem();
      const legacy = await tx.instanceSetting.findUnique({ where: { key: LEGACY_SETTING } });
      if (legacy) {
        const legacyKey = signingKeyFromPem(legacy.value);
        if (pem === null) {
          writeKeyFile(KEY_FILES.signingKey, legacy.value);
          pem = legacy.value;
        }
        // Reports signed with it keep verifying: it stays current, or is retired when the operator has given another key.
        const adopted = parseConfiguredKey(pem).keyId === legacyKey.keyId;
        if (adopted) await makeCurrentSigningKey(tx, legacyKey);
        else await recordPublicKey(tx, legacyKey, new Date());
        await tx.instanceSetting.deleteMany({ where: { key: LEGACY_SETTING } });
        console.info(
          adopted
            ? `[pedigree] moved the report-signing key ${legacyKey.keyId} from the database to ${signingKeySource()}`
            : `[pedigree] deleted the report-signing key ${legacyKey.keyId} from the database, keeping its public key as retired: ${signingKeySource()} signs`,
        );
      }
      if (pem === null) {
        const current = await tx.signingKey.findFirst({ where: { retiredAt: null } });
        if (current) {
          const file = keyFilePath(KEY_FILES.signingKey);
          throw new StartupRefusal(
            `This database's report-signing key ${current.id} is not here: there is no ${file}. ` +
              "Restore that file (mode 0600), or give this instance the key its other instances use (PEDIGREE_SIGNING_KEY_FILE). " +
              `If the key is lost, make a new one: \`openssl genpkey -algorithm ed25519 -out ${file} && chmod 600 ${file}\`; ` +
              "it becomes the current key and the lost one is retired (reports it signed still verify).",
          );
        }
        pem = newPrivateKeyPem();
        writeKeyFile(KEY_FILES.signingKey, pem);
      }
      const key = parseConfiguredKey(pem);
      const known = await tx.signingKey.findUnique({ where: { id: key.keyId } });
      if (known?.retiredAt) {
        throw new StartupRefusal(
          `The report-signing key in ${signingKeySource()} (${key.keyId}) was retired on ${known.retiredAt.toISOString()}. ` +
            "Install the current key (its id is at GET /api/v1/reports/public-key), or rotate from an instance that has it.",
        );
      }
      // A key this database has not seen is the operator's new key (e.g. a replaced PEDIGREE_SIGNING_KEY_FILE).
      if (!known) await makeCurrentSigningKey(tx, key);
      return key;
    },
    { timeout: 30_000 },
  );
}
