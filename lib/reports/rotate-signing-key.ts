import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ConflictError } from "@/lib/errors/domain-errors";
import { KEY_FILES, writeKeyFile } from "@/lib/keys/key-files";
import { lockSigningKeys, makeCurrentSigningKey } from "./ensure-signing-key";
import { adoptSigningKey, getSigningKey, publicKeyDocument } from "./signing-key";
import { newPrivateKeyPem, signingKeyFromPem } from "./signing-key-material";

/**
 * Replaces the report-signing key: a new Ed25519 key is written to the key file and signs every report from
 * now on; the old key is retired, its private half discarded and its public half kept, so that reports it
 * signed still verify.
 */
export async function rotateSigningKey(actor: Actor) {
  if (env.PEDIGREE_SIGNING_KEY || env.PEDIGREE_SIGNING_KEY_FILE) {
    throw new ConflictError(
      "The signing key comes from PEDIGREE_SIGNING_KEY or PEDIGREE_SIGNING_KEY_FILE: put a new key there and restart. " +
        "The new key becomes current at start, and the old one is kept for verification.",
    );
  }
  const prisma = await db();
  const previous = await getSigningKey(prisma);
  const pem = newPrivateKeyPem();
  const next = signingKeyFromPem(pem);
  const retiredAt = await prisma.$transaction(async (tx) => {
    await lockSigningKeys(tx);
    await makeCurrentSigningKey(tx, next);
    await recordAuditEvent(tx, actor, {
      action: "signing_key.rotate",
      entityType: "signing_key",
      entityId: next.keyId,
      before: { currentKeyId: previous.keyId },
      after: { currentKeyId: next.keyId, retiredKeyId: previous.keyId },
    });
    // Last, so that a failure before it leaves both the file and the database as they were.
    writeKeyFile(KEY_FILES.signingKey, pem);
    return (await tx.signingKey.findUnique({ where: { id: previous.keyId } }))?.retiredAt ?? new Date();
  });
  adoptSigningKey(prisma, next);
  return { current: publicKeyDocument(next), retired: { keyId: previous.keyId, retiredAt } };
}

export type TKeyRotation = Awaited<ReturnType<typeof rotateSigningKey>>;
