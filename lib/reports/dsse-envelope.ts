// DSSE, the Dead Simple Signing Envelope (https://github.com/secure-systems-lab/dsse, protocol v1.0): the envelope
// in-toto attestations travel in. The signature covers the pre-authentication encoding (PAE) of the payload type and
// the payload bytes, never the JSON around them, so the envelope's own formatting can change without breaking it.
import { sign, type KeyObject } from "node:crypto";

export const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

interface DsseSignature {
  keyid: string;
  /** Base64 (RFC 4648 section 4) of the signature bytes. */
  sig: string;
}

export interface DsseEnvelope {
  payloadType: string;
  /** Base64 (RFC 4648 section 4) of the payload bytes. */
  payload: string;
  signatures: DsseSignature[];
}

/** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes as ASCII decimals. */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, "utf8");
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.byteLength} `, "ascii"),
    type,
    Buffer.from(` ${payload.byteLength} `, "ascii"),
    payload,
  ]);
}

/** An envelope with one Ed25519 signature over the PAE, named by `keyId`. */
export function signDsseEnvelope(
  payloadType: string,
  payload: Uint8Array,
  privateKey: KeyObject,
  keyId: string,
): DsseEnvelope {
  const sig = sign(null, preAuthEncoding(payloadType, payload), privateKey).toString("base64");
  return { payloadType, payload: Buffer.from(payload).toString("base64"), signatures: [{ keyid: keyId, sig }] };
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function asSignature(value: unknown): DsseSignature | null {
  if (!isObject(value) || typeof value.sig !== "string" || !BASE64.test(value.sig)) return null;
  return { keyid: typeof value.keyid === "string" ? value.keyid : "", sig: value.sig };
}

/**
 * The envelope a file holds, or null when it is not one (another report format, or not JSON). Base64 in either
 * alphabet is accepted, as the protocol asks of verifiers; a signature entry that is not one makes it no envelope.
 */
export function parseDsseEnvelope(content: Uint8Array): DsseEnvelope | null {
  const text = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("utf8").trim();
  if (!text.startsWith("{")) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(parsed) || typeof parsed.payloadType !== "string" || typeof parsed.payload !== "string") return null;
  if (!BASE64.test(parsed.payload) || !Array.isArray(parsed.signatures)) return null;
  const signatures = parsed.signatures.map(asSignature);
  if (signatures.some((signature) => signature === null)) return null;
  return { payloadType: parsed.payloadType, payload: parsed.payload, signatures: signatures as DsseSignature[] };
}
