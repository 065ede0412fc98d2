import "server-only";
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import type { Prisma } from "@/lib/db/connect";
import { getOrCreateSetting } from "@/lib/settings/get-or-create-setting";
import { keyIdOf } from "./report-signature";

const SETTING_KEY = "reports.signing_key";

export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

// Per client, so that tests with several databases in one process each get their own instance's key.
const cache = new WeakMap<Prisma, Promise<SigningKey>>();

function newPrivateKeyPem(): string {
  return generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

/**
 * The instance's Ed25519 report-signing key: generated on first start (lib/bootstrap) and kept in the
 * database, so every process of the instance and every restart signs with the same key.
 */
export function getSigningKey(prisma: Prisma): Promise<SigningKey> {
  let key = cache.get(prisma);
  if (!key) {
    key = getOrCreateSetting(prisma, SETTING_KEY, newPrivateKeyPem)
      .then((pem) => {
        const privateKey = createPrivateKey(pem);
        const publicKey = createPublicKey(privateKey);
        return { keyId: keyIdOf(publicKey), privateKey, publicKey };
      })
      .catch((error) => {
        cache.delete(prisma);
        throw error;
      });
    cache.set(prisma, key);
  }
  return key;
}

/** The public half, as served at /api/v1/reports/public-key. */
export function publicKeyDocument(key: SigningKey) {
  return {
    keyId: key.keyId,
    algorithm: "Ed25519",
    publicKeyPem: key.publicKey.export({ type: "spki", format: "pem" }).toString(),
    jwk: { ...key.publicKey.export({ format: "jwk" }), kid: key.keyId, use: "sig", alg: "EdDSA" },
    signs: "the 32 bytes of the SHA-256 of the report with its signature slots blanked",
  };
}
