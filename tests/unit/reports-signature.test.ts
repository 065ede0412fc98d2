import { createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keyIdOf, reportDigest, signReport, verifyReport } from "@/lib/reports/report-signature";
import { BLANK_SLOT, SLOT_LENGTH, blankSlots, findSlots } from "@/lib/reports/signature-slot";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const instanceKey = { keyId: keyIdOf(publicKey), publicKey };
const report = Buffer.from(
  `{"title":"owl student","signature":"${BLANK_SLOT}","rows":[1,2,3]}\n<footer>${BLANK_SLOT}</footer>\n`,
  "utf8",
);

describe("report signing", () => {
  it("fills every slot with the same key id, digest and signature, without changing the length", () => {
    const signed = signReport(report, privateKey);
    expect(signed.content.byteLength).toBe(report.byteLength);
    const slots = findSlots(signed.content);
    expect(slots).toHaveLength(2);
    for (const slot of slots)
      expect(slot).toMatchObject({ keyId: instanceKey.keyId, digest: signed.digest, signature: signed.signature });
    expect(signed.content.toString("latin1").slice(slots[0].offset, slots[0].offset + SLOT_LENGTH)).not.toBe(
      BLANK_SLOT,
    );
  });

  it("hashes the content with its slots blanked, and signs the digest's 32 bytes (checkable offline)", () => {
    const signed = signReport(report, privateKey);
    expect(reportDigest(signed.content)).toBe(signed.digest);
    expect(blankSlots(signed.content).equals(report)).toBe(true);
    expect(
      verify(
        null,
        Buffer.from(signed.digest, "hex"),
        createPublicKey(privateKey),
        Buffer.from(signed.signature, "base64url"),
      ),
    ).toBe(true);
  });

  it("verifies an untouched report as intact and signed here", () => {
    const result = verifyReport(signReport(report, privateKey).content, instanceKey);
    expect(result).toMatchObject({ status: "valid", intact: true, signedHere: true, keyId: instanceKey.keyId });
    expect(result.claimedDigest).toBe(result.computedDigest);
  });

  it("fails verification when any single byte changes, inside or outside the slots", () => {
    const signed = signReport(report, privateKey).content;
    for (let at = 0; at < signed.byteLength; at++) {
      const changed = Buffer.from(signed);
      changed[at] = changed[at] === 0x30 ? 0x31 : 0x30;
      const result = verifyReport(changed, instanceKey);
      expect(result.intact, `byte ${at}`).toBe(false);
      expect(result.status, `byte ${at}`).not.toBe("valid");
    }
  });

  it("says a report whose content changed was still signed here", () => {
    const signed = signReport(report, privateKey).content;
    const edited = Buffer.from(signed.toString("utf8").replace("owl student", "owl studenT"), "utf8");
    expect(verifyReport(edited, instanceKey)).toMatchObject({ status: "tampered", intact: false, signedHere: true });
  });

  it("refuses a report signed by another key, and one with no signature", () => {
    const other = generateKeyPairSync("ed25519").privateKey;
    expect(verifyReport(signReport(report, other).content, instanceKey)).toMatchObject({
      status: "unknown-key",
      intact: false,
      signedHere: false,
    });
    expect(verifyReport(report, instanceKey)).toMatchObject({ status: "unsigned", intact: false, signedHere: false });
    expect(verifyReport(Buffer.from("plain text"), instanceKey)).toMatchObject({ status: "unsigned" });
  });

  it("refuses a signature moved onto other content", () => {
    const first = signReport(report, privateKey);
    const other = signReport(Buffer.from(report.toString("utf8").replace("[1,2,3]", "[1,2,4]")), privateKey);
    const forged = Buffer.from(
      other.content.toString("latin1").split(findSlotText(other.content)).join(findSlotText(first.content)),
      "latin1",
    );
    expect(verifyReport(forged, instanceKey)).toMatchObject({ status: "tampered", intact: false });
  });

  it("will not sign a report that has no slot", () => {
    expect(() => signReport(Buffer.from("no slot here"), privateKey)).toThrow(/no signature slot/);
  });
});

function findSlotText(content: Buffer): string {
  const [slot] = findSlots(content);
  return content.toString("latin1").slice(slot.offset, slot.offset + SLOT_LENGTH);
}
