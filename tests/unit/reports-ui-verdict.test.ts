import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compareDigests, verificationVerdict } from "@/components/reports/verification-verdict";
import { keyIdOf, signReport, verifyReport } from "@/lib/reports/report-signature";
import { BLANK_SLOT, findSlots } from "@/lib/reports/signature-slot";

// Real verification results from the signing module, as POST /api/v1/reports/verify answers them.
const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const instanceKey = { keyId: keyIdOf(publicKey), publicKey };
const report = Buffer.from(
  `<html><meta name="pedigree-signature" content="${BLANK_SLOT}"><h1>owl student</h1></html>`,
  "utf8",
);
const signed = signReport(report, privateKey);

function withByteChanged(content: Buffer, at: number): Buffer {
  const copy = Buffer.from(content);
  copy[at] ^= 0x01;
  return copy;
}

describe("the verdict shown for a verified file", () => {
  it("is green for an untouched report, with both digests agreeing", () => {
    const answer = verifyReport(signed.content, instanceKey);
    expect(verificationVerdict(answer)).toMatchObject({ tone: "green", title: "Intact, signed by this instance" });
    expect(compareDigests(answer)).toEqual({
      claimed: signed.digest,
      computed: signed.digest,
      differing: null,
      note: null,
    });
  });

  it("is red when a byte of the content changed, marking the computed digest", () => {
    const at = signed.content.indexOf("owl");
    const answer = verifyReport(withByteChanged(signed.content, at), instanceKey);
    const verdict = verificationVerdict(answer);
    expect(verdict.tone).toBe("red");
    expect(verdict.detail).toBe(answer.reason);
    expect(verdict.detail).toContain("content has changed");
    const digests = compareDigests(answer);
    expect(digests.claimed).toBe(signed.digest);
    expect(digests.computed).not.toBe(signed.digest);
    expect(digests.differing).toBe("computed");
  });

  it("marks the claimed digest when the slot's digest was edited and no longer matches its signature", () => {
    const slot = findSlots(signed.content)[0];
    const digestAt = slot.offset + "pedigree-signature:v1:".length + 16 + 1;
    const edited = Buffer.from(signed.content);
    edited[digestAt] = edited[digestAt] === 0x61 ? 0x62 : 0x61;
    const answer = verifyReport(edited, instanceKey);
    expect(answer.status).toBe("tampered");
    expect(verificationVerdict(answer).tone).toBe("red");
    expect(compareDigests(answer).differing).toBe("claimed");
  });

  it("is amber for another instance's key and for an unsigned file", () => {
    const foreign = verifyReport(signReport(report, generateKeyPairSync("ed25519").privateKey).content, instanceKey);
    expect(verificationVerdict(foreign)).toMatchObject({ tone: "amber", title: "Signed by another key" });
    expect(compareDigests(foreign).differing).toBeNull();

    const unsigned = verifyReport(Buffer.from("just,a,csv\n"), instanceKey);
    expect(verificationVerdict(unsigned)).toMatchObject({ tone: "amber", title: "Not signed" });
    expect(compareDigests(unsigned)).toMatchObject({ claimed: null, differing: null });
  });
});
