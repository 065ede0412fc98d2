// The one place a signature's verdict is stated, whatever carries it: the signature slot of the PROV, CycloneDX, SPDX,
// CSV, HTML and PDF reports (report-signature.ts), or the DSSE envelope of an in-toto attestation (report-envelope.ts).
import { verify, type KeyObject } from "node:crypto";
import type { VerificationResult } from "./verification.types";

/** One of the instance's public keys; a retired key no longer signs, but reports it signed still verify. */
export interface InstanceKey {
  keyId: string;
  publicKey: KeyObject;
  retiredAt?: Date | null;
}

/** What a signed file claims, read from its container before anything is checked. */
export interface SignatureClaim {
  keyId: string;
  /**
   * The SHA-256 the signature stands for, and the one computed from the file. A DSSE envelope states no digest (its
   * signature is over the signed bytes themselves): its claimed digest is null, and the computed one once it verifies.
   */
  claimedDigest: string | null;
  computedDigest: string;
  /** The bytes the signature is over, and the signature. */
  signedBytes: Uint8Array;
  signature: Uint8Array;
  /** Why a signature that does not verify means an edit, in the container's words. */
  badSignatureReason: string;
}

/** A file with no signature to check: the same shape as every other verdict. */
export function unsignedVerdict(computedDigest: string, reason: string): VerificationResult {
  return {
    status: "unsigned",
    intact: false,
    signedHere: false,
    keyId: null,
    claimedDigest: null,
    computedDigest,
    reason,
  };
}

/**
 * Checks a claim against the instance's public keys (the current one first, then retired ones): the key must be one
 * of them, the signature must verify over the signed bytes, and the claimed digest must be the computed one.
 */
export function signatureVerdict(claim: SignatureClaim, keys: readonly InstanceKey[]): VerificationResult {
  const fields = { keyId: claim.keyId, claimedDigest: claim.claimedDigest, computedDigest: claim.computedDigest };
  const refused = { ...fields, intact: false, signedHere: false };
  const instanceKey = keys.find((key) => key.keyId === claim.keyId);
  if (!instanceKey) {
    return {
      ...refused,
      status: "unknown-key",
      reason: `Signed with key ${claim.keyId || "(none)"}, not this instance's key ${keys[0]?.keyId ?? "(none)"}: it was not signed here.`,
    };
  }
  if (!verify(null, claim.signedBytes, instanceKey.publicKey, claim.signature)) {
    return { ...refused, status: "tampered", reason: claim.badSignatureReason };
  }
  if (claim.claimedDigest !== null && claim.claimedDigest !== claim.computedDigest) {
    return {
      ...refused,
      signedHere: true,
      status: "tampered",
      reason:
        "The file was signed here, but its content has changed since: its SHA-256 no longer matches the signed digest.",
    };
  }
  const reason = instanceKey.retiredAt
    ? `Intact, and signed by this instance's key ${instanceKey.keyId}, retired on ${instanceKey.retiredAt.toISOString().slice(0, 10)} (it signed reports until then).`
    : "Intact, and signed by this instance's key.";
  return { ...fields, claimedDigest: claim.computedDigest, intact: true, signedHere: true, status: "valid", reason };
}
