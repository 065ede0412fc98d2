// Signing and checking the in-toto format, whose signature is a DSSE envelope rather than a slot in the file: the
// envelope's one signature is Ed25519 over the PAE of the statement, keyid the instance key's id (as
// /api/v1/reports/public-key publishes it). Its digest, kept with the report's record, is the SHA-256 of that PAE.
import { createHash, type KeyObject } from "node:crypto";
import { IN_TOTO_PAYLOAD_TYPE, parseDsseEnvelope, preAuthEncoding, signDsseEnvelope } from "./dsse-envelope";
import type { SignedReport } from "./report-signature";
import { signatureVerdict, unsignedVerdict, type InstanceKey } from "./signature-verdict";
import { findSlots } from "./signature-slot";
import type { VerificationResult } from "./verification.types";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The statement in an envelope signed by `privateKey`, written as pretty JSON with a final newline. */
export function signEnvelopeReport(statement: Uint8Array, privateKey: KeyObject, keyId: string): SignedReport {
  const envelope = signDsseEnvelope(IN_TOTO_PAYLOAD_TYPE, statement, privateKey, keyId);
  return {
    content: Buffer.from(`${JSON.stringify(envelope, null, 2)}\n`, "utf8"),
    digest: sha256(preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, statement)),
    signature: Buffer.from(envelope.signatures[0].sig, "base64").toString("base64url"),
  };
}

/**
 * The verdict on a file that is a DSSE envelope, or null when it is not one (a report with a signature slot, or any
 * other file). Of several signatures, the one by an instance key is checked; keyids must match, as securesystemslib
 * and in-toto require.
 */
export function verifyEnvelopeReport(content: Uint8Array, keys: readonly InstanceKey[]): VerificationResult | null {
  if (findSlots(content).length > 0) return null;
  const envelope = parseDsseEnvelope(content);
  if (!envelope) return null;
  const signedBytes = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, "base64"));
  const digest = sha256(signedBytes);
  if (envelope.signatures.length === 0) return unsignedVerdict(digest, "The DSSE envelope carries no signature.");
  const signature =
    envelope.signatures.find((entry) => keys.some((key) => key.keyId === entry.keyid)) ?? envelope.signatures[0];
  return signatureVerdict(
    {
      keyId: signature.keyid,
      claimedDigest: null,
      computedDigest: digest,
      signedBytes,
      signature: Buffer.from(signature.sig, "base64"),
      badSignatureReason:
        "The envelope's signature does not match its payload: the statement or its payload type was changed after signing.",
    },
    keys,
  );
}
