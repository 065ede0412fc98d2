import { z } from "zod";

// GET /api/v1/reports/public-key and POST /api/v1/reports/keys/rotate, as they are sent: the domain
// functions return Dates, which JSON writes as ISO strings.
const ZJwk = z
  .object({
    kty: z.literal("OKP"),
    crv: z.literal("Ed25519"),
    x: z.string().describe("The public key, base64url"),
    kid: z.string(),
    use: z.literal("sig"),
    alg: z.literal("EdDSA"),
  })
  .describe("The public key as a JSON Web Key (RFC 8037)");

const ZPublicKeyDocument = z.object({
  keyId: z.string().describe("The id reports name: the first 16 hex digits of the SHA-256 of the key (SPKI, DER)"),
  algorithm: z.literal("Ed25519"),
  publicKeyPem: z.string().describe("SPKI, PEM"),
  jwk: ZJwk,
  signs: z.string().describe("What the signature is over"),
});

export const ZPublicKeys = ZPublicKeyDocument.extend({
  /** The keys the current one replaced, newest first: they no longer sign, but still verify what they signed. */
  retired: z.array(
    ZPublicKeyDocument.omit({ signs: true }).extend({ createdAt: z.iso.datetime(), retiredAt: z.iso.datetime() }),
  ),
});

export const ZKeyRotation = z.object({
  current: ZPublicKeyDocument,
  retired: z.object({ keyId: z.string(), retiredAt: z.iso.datetime() }),
});
