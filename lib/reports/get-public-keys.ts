import "server-only";
import { db } from "@/lib/db";
import { listSigningKeys } from "./list-signing-keys";
import { getSigningKey, publicKeyDocument } from "./signing-key";

/** The current public key, and the retired ones that reports signed before a rotation name. */
export async function getPublicKeys() {
  const prisma = await db();
  const current = await getSigningKey(prisma);
  const keys = await listSigningKeys();
  const retired = keys
    .filter((key) => key.keyId !== current.keyId && key.retiredAt)
    .map((key) => {
      const { signs: _signs, ...document } = publicKeyDocument(key);
      return { ...document, createdAt: key.createdAt, retiredAt: key.retiredAt };
    });
  return { ...publicKeyDocument(current), retired };
}
