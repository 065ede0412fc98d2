/**
 * The signature slot every report carries, whatever its format: one fixed-length ASCII token
 *
 *   pedigree-signature:v1:<keyId, 16 hex>:<SHA-256, 64 hex>:<Ed25519 signature, 86 base64url>
 *
 * written where the format allows free text (a CycloneDX property, a PROV attribute, an SPDX annotation, a
 * CSV comment line, an HTML meta tag and footer, the PDF's Keywords). A report's canonical content is its
 * bytes with every slot blanked (the three fields replaced by "0"s of the same length); the digest is the
 * SHA-256 of that, and the signature is Ed25519 over the digest. So a report is written once with the blank
 * slot, hashed, signed, and the slot filled in place: the byte length never changes.
 */
const SLOT_PREFIX = "pedigree-signature:v1:";
const KEY_ID_LENGTH = 16;
const DIGEST_LENGTH = 64;
const SIGNATURE_LENGTH = 86;

export const SLOT_LENGTH = SLOT_PREFIX.length + KEY_ID_LENGTH + 1 + DIGEST_LENGTH + 1 + SIGNATURE_LENGTH;

/** The slot as written before signing. Formats embed this string verbatim. */
export const BLANK_SLOT = `${SLOT_PREFIX}${"0".repeat(KEY_ID_LENGTH)}:${"0".repeat(DIGEST_LENGTH)}:${"0".repeat(SIGNATURE_LENGTH)}`;

const SLOT_PATTERN = /pedigree-signature:v1:([0-9a-f]{16}):([0-9a-f]{64}):([A-Za-z0-9_-]{86})/g;

export interface SlotFields {
  keyId: string;
  digest: string;
  signature: string;
}

function formatSlot(fields: SlotFields): string {
  const slot = `${SLOT_PREFIX}${fields.keyId}:${fields.digest}:${fields.signature}`;
  if (slot.length !== SLOT_LENGTH || !new RegExp(`^${SLOT_PATTERN.source}$`).test(slot))
    throw new Error("malformed signature slot fields");
  return slot;
}

/** Every slot in the report, in order. Latin-1 decoding keeps byte offsets equal to string offsets. */
export function findSlots(report: Uint8Array): (SlotFields & { offset: number })[] {
  const text = Buffer.from(report.buffer, report.byteOffset, report.byteLength).toString("latin1");
  return [...text.matchAll(SLOT_PATTERN)].map((match) => ({
    offset: match.index,
    keyId: match[1],
    digest: match[2],
    signature: match[3],
  }));
}

/** A copy of the report with every slot replaced by BLANK_SLOT: the canonical content that is hashed and signed. */
export function blankSlots(report: Uint8Array): Buffer {
  const copy = Buffer.from(report);
  for (const slot of findSlots(report)) copy.write(BLANK_SLOT, slot.offset, "latin1");
  return copy;
}

/** Fills every blank slot of a freshly written report in place (same length, so nothing else moves). */
export function fillSlots(report: Uint8Array, fields: SlotFields): Buffer {
  const filled = Buffer.from(report);
  const slot = formatSlot(fields);
  const text = filled.toString("latin1");
  let from = 0;
  let found = 0;
  for (;;) {
    const at = text.indexOf(BLANK_SLOT, from);
    if (at < 0) break;
    filled.write(slot, at, "latin1");
    from = at + BLANK_SLOT.length;
    found += 1;
  }
  if (found === 0) throw new Error("the report has no signature slot");
  return filled;
}
