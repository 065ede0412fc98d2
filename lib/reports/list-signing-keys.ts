import "server-only";
import { createPublicKey } from "node:crypto";
import { db } from "@/lib/db";
import type { InstanceKey } from "./signature-verdict";

export interface PublicSigningKey extends InstanceKey {
  createdAt: Date;
  retiredAt: Date | null;
}

/** Every public key the instance has signed with: the current one first, then retired ones, newest first. */
export async function listSigningKeys(): Promise<PublicSigningKey[]> {
  const prisma = await db();
  const rows = await prisma.signingKey.findMany({
    orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return rows.map((row) => ({
    keyId: row.id,
    publicKey: createPublicKey(row.publicKeyPem),
    createdAt: row.createdAt,
    retiredAt: row.retiredAt,
  }));
}
