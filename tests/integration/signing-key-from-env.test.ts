import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import * as publicKeyRoute from "@/app/api/v1/reports/public-key/route";
import * as rotateRoute from "@/app/api/v1/reports/keys/rotate/route";
import { connection } from "@/lib/db";
import { signingKeyFromPem } from "@/lib/reports/signing-key-material";
import { call } from "../support/api";

// A key for these tests only, given the way a deployment gives one (an environment variable, with its
// line breaks escaped as \n), so that no key is generated or written.
const PEM =
  "-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIP9jq37IMX/wsJQszsW5Gv/1wsKwKWf/jgQg4xs790Hf\\n-----END PRIVATE KEY-----\\n";
vi.hoisted(() => {
  process.env.PEDIGREE_SIGNING_KEY =
    "-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIP9jq37IMX/wsJQszsW5Gv/1wsKwKWf/jgQg4xs790Hf\\n-----END PRIVATE KEY-----\\n";
});

describe("a signing key from PEDIGREE_SIGNING_KEY", () => {
  it("signs with it, records its public key, and writes no key file", async () => {
    const { prisma } = await connection();
    const keyId = signingKeyFromPem(PEM.replace(/\\n/g, "\n")).keyId;
    const published = await call(publicKeyRoute.GET, "GET", "/api/v1/reports/public-key", { token: null });
    expect(published.body).toMatchObject({ keyId, retired: [] });
    expect(await prisma.signingKey.findMany({ select: { id: true, retiredAt: true } })).toEqual([
      { id: keyId, retiredAt: null },
    ]);
    expect(existsSync(path.join(process.env.PEDIGREE_KEY_DIR!, "report-signing-key.pem"))).toBe(false);
  });

  it("is not rotated by the server: 409, saying to replace it where it comes from", async () => {
    const result = await call(rotateRoute.POST, "POST", "/api/v1/reports/keys/rotate");
    expect(result.status).toBe(409);
    expect(result.contentType).toContain("application/problem+json");
    expect(result.body.detail).toContain("PEDIGREE_SIGNING_KEY");
  });
});
