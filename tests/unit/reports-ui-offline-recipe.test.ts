import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { offlineVerifyRecipe } from "@/components/reports/offline-verify-recipe";
import { keyIdOf, signReport } from "@/lib/reports/report-signature";
import { BLANK_SLOT } from "@/lib/reports/signature-slot";

// Runs the recipe the Reports page shows (bash, grep, perl, OpenSSL 3) on a signed binary file, minus
// its first step, which fetches the key over HTTP: the key is written to key.pem directly instead.
const dir = mkdtempSync(path.join(tmpdir(), "pedigree-recipe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
writeFileSync(path.join(dir, "key.pem"), publicKey.export({ type: "spki", format: "pem" }));
// Binary bytes around the slots, as in a PDF, and two slots, as in a PDF's Keywords and its XMP.
const report = Buffer.concat([
  Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1"),
  Buffer.from(`<< /Keywords (${BLANK_SLOT}) >>\n`),
  Buffer.from([0, 255, 10, 13, 0x80, 0x2f]),
  Buffer.from(`<x:xmpmeta>${BLANK_SLOT}</x:xmpmeta>\n%%EOF\n`),
]);
const signed = signReport(report, privateKey);

function runRecipe(fileName: string): { ok: boolean; output: string } {
  const steps = offlineVerifyRecipe("https://pedigree.example.org", fileName).slice(1);
  const script = `set -e\n${steps.map((step) => step.command).join("\n")}\n`;
  try {
    return {
      ok: true,
      output: execFileSync("bash", ["-c", script], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }),
    };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

describe("the offline verification recipe", () => {
  it("fetches the key from the instance's public-key endpoint", () => {
    expect(offlineVerifyRecipe("https://pedigree.example.org/")[0].command).toBe(
      "curl -s https://pedigree.example.org/api/v1/reports/public-key | jq -r .publicKeyPem > key.pem",
    );
  });

  it("verifies an untouched report: key id, the same SHA-256, and a good signature", () => {
    writeFileSync(path.join(dir, "owl's report.pdf"), signed.content);
    const { ok, output } = runRecipe("owl's report.pdf");
    expect(ok, output).toBe(true);
    const lines = output.trim().split("\n");
    expect(lines[0]).toBe(keyIdOf(publicKey));
    expect(lines[1]).toBe(`${signed.digest} *blank.bin`);
    expect(lines[2]).toBe(signed.digest);
    expect(lines[3]).toBe("Signature Verified Successfully");
  });

  it("fails on a copy with one byte changed", () => {
    const changed = Buffer.from(signed.content);
    changed[3] ^= 0x01;
    writeFileSync(path.join(dir, "changed.pdf"), changed);
    const { ok, output } = runRecipe("changed.pdf");
    expect(ok).toBe(false);
    expect(output).toContain("Signature Verification Failure");
    expect(output).not.toContain(`${signed.digest} *blank.bin`);
  });
});
