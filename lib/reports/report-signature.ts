import { createHash, createPublicKey, sign, type KeyObject } from "node:crypto";
import { blankSlots, fillSlots, findSlots } from "./signature-slot";
import { signatureVerdict, unsignedVerdict, type InstanceKey } from "./signature-verdict";
import type { VerificationResult } from "./verification.types";

/** The instance key's id: the first 16 hex digits of the SHA-256 of its public key (SPKI, DER). */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16);
}

/** SHA-256 (hex) of a report's canonical content: its bytes with the signature slots blanked. */
export function reportDigest(report: Uint8Array): string {
  return createHash("sha256").update(blankSlots(report)).digest("hex");
}

export interface SignedReport {
  content: Buffer;
  digest: string;
  /** Ed25519 over the 32 digest bytes, base64url. */
  signature: string;
}

/**
 * Signs a freshly written report (its slots blank): hashes the canonical content, signs the digest with
 * Ed25519, and writes key id, digest and signature into the slots. Ed25519 signs the 32 raw digest bytes,
 * so anyone can check a report offline with the public key (e.g. `openssl pkeyutl -verify -rawin`).
 */
export function signReport(report: Uint8Array, privateKey: KeyObject): SignedReport {
  if (findSlots(report).length === 0) throw new Error("the report has no signature slot");
  const digest = reportDigest(report);
  const signature = sign(null, Buffer.from(digest, "hex"), privateKey).toString("base64url");
  const keyId = keyIdOf(createPublicKey(privateKey));
  return { content: fillSlots(blankSlots(report), { keyId, digest, signature }), digest, signature };
}

const UNSIGNED_KEY_ID = "0".repeat(16);

/**
 * Checks a report against the instance's public keys (the current one first, then retired ones): every
 * slot must agree, the digest must match the bytes, and the signature the digest.
 */
export function verifyReport(
  report: Uint8Array,
  instanceKeys: InstanceKey | readonly InstanceKey[],
): VerificationResult {
  const keys: readonly InstanceKey[] = Array.isArray(instanceKeys) ? instanceKeys : [instanceKeys as InstanceKey];
  const computedDigest = reportDigest(report);
  const slots = findSlots(report);
  if (slots.length === 0 || slots.every((slot) => slot.keyId === UNSIGNED_KEY_ID)) {
    return unsignedVerdict(computedDigest, "The file carries no Pedigree signature.");
  }
  const [first] = slots;
  if (
    slots.some(
      (slot) => slot.keyId !== first.keyId || slot.digest !== first.digest || slot.signature !== first.signature,
    )
  ) {
    return {
      status: "tampered",
      intact: false,
      signedHere: false,
      keyId: first.keyId,
      claimedDigest: first.digest,
      computedDigest,
      reason: "The file's signature slots disagree with each other: it was edited after signing.",
    };
  }
  return signatureVerdict(
    {
      keyId: first.keyId,
      claimedDigest: first.digest,
      computedDigest,
      signedBytes: Buffer.from(first.digest, "hex"),
      signature: Buffer.from(first.signature, "base64url"),
      badSignatureReason: "The signature does not match the digest the file claims: the slot was edited.",
    },
    keys,
  );
}

/**
 * The verdict once the instance has looked for the report's record: a valid signature with no record
 * here is not the same as a report this instance issued, and says so.
 */
export function withReportRecord(result: VerificationResult, recordFound: boolean): VerificationResult {
  if (result.status !== "valid" || recordFound) return result;
  return {
    ...result,
    status: "valid-unknown-report",
    reason:
      "Intact, and signed by this instance's key, but this instance has no record of issuing it: it was issued elsewhere (by another instance with the same key) or its record was deleted.",
  };
}
