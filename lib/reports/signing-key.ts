import "server-only";
import type { Prisma } from "@/lib/db/connect";
import { ensureSigningKey } from "./ensure-signing-key";
import type { SigningKey } from "./signing-key-material";

export type { SigningKey };

// Per client, so that tests with several databases in one process each get their own instance's key.
const cache = new WeakMap<Prisma, Promise<SigningKey>>();

/**
 * The key that signs new reports. Its private half comes from the environment or the key directory, never
 * the database; its public half is recorded in signing_keys at start (lib/bootstrap), with the keys it replaced.
 */
export function getSigningKey(prisma: Prisma): Promise<SigningKey> {
  let key = cache.get(prisma);
  if (!key) {
    key = ensureSigningKey(prisma).catch((error: unknown) => {
      cache.delete(prisma);
      throw error;
    });
    cache.set(prisma, key);
  }
  return key;
}

/** After a rotation: this process signs with the new key from now on. */
export function adoptSigningKey(prisma: Prisma, key: SigningKey): void {
  cache.set(prisma, Promise.resolve(key));
}

/** The public half, as served at /api/v1/reports/public-key. */
export function publicKeyDocument(key: Pick<SigningKey, "keyId" | "publicKey">) {
  return {
    keyId: key.keyId,
    algorithm: "Ed25519",
    publicKeyPem: key.publicKey.export({ type: "spki", format: "pem" }).toString(),
    jwk: { ...key.publicKey.export({ format: "jwk" }), kid: key.keyId, use: "sig", alg: "EdDSA" },
    signs:
      "the 32 bytes of the SHA-256 of the report with its signature slots blanked; for an in-toto report, the DSSE pre-authentication encoding of its envelope's payload",
  };
}
