import { createHmac, timingSafeEqual } from "node:crypto";

// The signature header a receiver checks: `X-Pedigree-Signature-256: sha256=<hex>`, the HMAC-SHA256 of the
// raw body bytes with the webhook's secret (GitHub's scheme, so existing verifiers work).

export const SIGNATURE_HEADER = "X-Pedigree-Signature-256";

export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/** Whether `header` is the signature of `body` with `secret`, compared in constant time. */
export function verifyWebhookSignature(body: string, secret: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
