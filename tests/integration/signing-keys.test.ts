import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as modelProvenanceRoute from "@/app/api/v1/models/[id]/provenance/route";
import * as publicKeyRoute from "@/app/api/v1/reports/public-key/route";
import * as rotateRoute from "@/app/api/v1/reports/keys/rotate/route";
import * as verifyRoute from "@/app/api/v1/reports/verify/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { bootstrapInstance } from "@/lib/bootstrap/bootstrap-instance";
import { connectPostgres } from "@/lib/db/connect";
import { connection } from "@/lib/db";
import { signReport } from "@/lib/reports/report-signature";
import { BLANK_SLOT } from "@/lib/reports/signature-slot";
import { newPrivateKeyPem, signingKeyFromPem } from "@/lib/reports/signing-key-material";
import { call } from "../support/api";
import { runPedigree } from "../support/in-process-cli";

// The session secret is generated here rather than given, so that where it is kept can be checked.
vi.hoisted(() => {
  delete process.env.NEXTAUTH_SECRET;
});

const keyDir = () => process.env.PEDIGREE_KEY_DIR!;
const modeOf = (file: string) => statSync(file).mode & 0o777;

let modelId = "";
let engineerToken = "";

async function report() {
  const response = await modelProvenanceRoute.GET(
    new Request(`http://pedigree.test/api/v1/models/${modelId}/provenance?format=csv`, {
      headers: { authorization: "Bearer test-admin-token" },
    }),
    { params: Promise.resolve({ id: modelId }) },
  );
  expect(response.status).toBe(200);
  return {
    id: response.headers.get("x-pedigree-report-id")!,
    keyId: response.headers.get("x-pedigree-key-id")!,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

async function verify(bytes: Buffer) {
  const response = await verifyRoute.POST(
    new Request("http://pedigree.test/api/v1/reports/verify", { method: "POST", body: new Uint8Array(bytes) }),
  );
  return response.json();
}

/** Another instance starting on the same PostgreSQL database: a new client (with no cached key) runs the start-up. */
async function restartOnPostgres() {
  const other = connectPostgres(process.env.DATABASE_URL!);
  try {
    await bootstrapInstance(other.prisma, { mode: "postgres", freshDatabase: false });
  } finally {
    await other.close();
  }
}

beforeAll(async () => {
  const model = await call(modelsRoute.POST, "POST", "/api/v1/models", {
    body: { name: "Key rotation student", provider: "local" },
  });
  expect(model.status).toBe(201);
  modelId = model.body.id;
  const token = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
    body: { name: "engineer", role: "engineer" },
  });
  engineerToken = token.body.token;
});

describe("secrets at rest", () => {
  it("keeps the signing key and the session secret in 0600 key files, not in the database", async () => {
    const { prisma } = await connection();
    const secret = await getAuthSecret();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(modeOf(keyDir())).toBe(0o700);
    expect(readFileSync(path.join(keyDir(), "session-secret"), "utf8")).toBe(secret);
    expect(modeOf(path.join(keyDir(), "session-secret"))).toBe(0o600);
    const pem = readFileSync(path.join(keyDir(), "report-signing-key.pem"), "utf8");
    expect(modeOf(path.join(keyDir(), "report-signing-key.pem"))).toBe(0o600);

    const body = pem
      .split("\n")
      .filter((line) => line && !line.startsWith("-----"))
      .join("");
    const settings = await prisma.instanceSetting.findMany();
    expect(settings.map((row) => row.key)).not.toEqual(expect.arrayContaining(["reports.signing_key"]));
    expect(settings.map((row) => row.key)).not.toEqual(expect.arrayContaining(["auth.session_secret"]));
    expect(settings.filter((row) => row.value.includes(body) || row.value.includes(secret))).toEqual([]);

    const published = await call(publicKeyRoute.GET, "GET", "/api/v1/reports/public-key", { token: null });
    expect(published.body).toMatchObject({ keyId: signingKeyFromPem(pem).keyId, algorithm: "Ed25519", retired: [] });
  });
});

describe("pedigree keys rotate (POST /api/v1/reports/keys/rotate)", () => {
  it("is for admins only", async () => {
    expect((await call(rotateRoute.POST, "POST", "/api/v1/reports/keys/rotate", { token: engineerToken })).status).toBe(
      403,
    );
    expect((await call(rotateRoute.POST, "POST", "/api/v1/reports/keys/rotate", { token: null })).status).toBe(401);
  });

  it("signs new reports with a new key, while reports signed before still verify with the retired one", async () => {
    const { prisma } = await connection();
    const before = await report();
    const rotated = await call(rotateRoute.POST, "POST", "/api/v1/reports/keys/rotate");
    expect(rotated.status).toBe(200);
    const newKeyId = rotated.body.current.keyId as string;
    expect(rotated.body.retired.keyId).toBe(before.keyId);
    expect(newKeyId).not.toBe(before.keyId);
    const pem = readFileSync(path.join(keyDir(), "report-signing-key.pem"), "utf8");
    expect(signingKeyFromPem(pem).keyId).toBe(newKeyId);
    expect(modeOf(path.join(keyDir(), "report-signing-key.pem"))).toBe(0o600);

    const after = await report();
    expect(after.keyId).toBe(newKeyId);
    expect(await verify(after.bytes)).toMatchObject({
      status: "valid",
      signedHere: true,
      keyId: newKeyId,
      report: { id: after.id },
    });
    const old = await verify(before.bytes);
    expect(old).toMatchObject({
      status: "valid",
      intact: true,
      signedHere: true,
      keyId: before.keyId,
      report: { id: before.id },
    });
    expect(old.reason).toContain("retired");

    const published = await call(publicKeyRoute.GET, "GET", "/api/v1/reports/public-key", { token: null });
    expect(published.body.keyId).toBe(newKeyId);
    expect(published.body.retired).toEqual([
      expect.objectContaining({
        keyId: before.keyId,
        algorithm: "Ed25519",
        publicKeyPem: expect.stringContaining("PUBLIC KEY"),
      }),
    ]);
    expect(published.body.retired[0].retiredAt).toBeTruthy();

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "signing_key.rotate" } });
    expect(audit).toMatchObject({ entityId: newKeyId, actorLabel: expect.any(String) });
    expect(JSON.stringify(audit)).not.toContain(pem.split("\n")[1]);
  });

  it("is what `pedigree keys rotate` does", async () => {
    const before = (await call(publicKeyRoute.GET, "GET", "/api/v1/reports/public-key", { token: null })).body;
    const human = await runPedigree(["keys", "rotate"]);
    expect(human.code, human.stderr).toBe(0);
    const after = (await call(publicKeyRoute.GET, "GET", "/api/v1/reports/public-key", { token: null })).body;
    expect(human.stdout).toMatch(new RegExp(`New key:\\s+${after.keyId}`));
    expect(human.stdout).toContain(`${before.keyId}, at`);
    expect(after.retired.map((key: { keyId: string }) => key.keyId)[0]).toBe(before.keyId);

    const json = await runPedigree(["keys", "rotate", "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      current: { keyId: expect.stringMatching(/^[0-9a-f]{16}$/) },
      retired: { keyId: after.keyId },
    });

    const refused = await runPedigree(["keys", "rotate"], engineerToken);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("403");
  });

  it("moves an earlier version's key out of the settings table of a PostgreSQL database, keeping its reports verifiable", async () => {
    const { mode } = await connection();
    // The embedded case is covered by tests/integration/embedded-data-dir.test.ts, with a real data directory.
    if (mode !== "postgres") return;
    const legacyPem = newPrivateKeyPem();
    const legacy = signingKeyFromPem(legacyPem);
    const signedBefore = signReport(
      Buffer.from(`a report signed by an earlier version ${BLANK_SLOT}\n`),
      legacy.privateKey,
    );
    const other = connectPostgres(process.env.DATABASE_URL!);
    try {
      await other.prisma.instanceSetting.createMany({
        data: [
          { key: "reports.signing_key", value: legacyPem },
          { key: "auth.session_secret", value: "legacy-session-secret-0123456789" },
        ],
      });
      // A restart: a new client (with no cached key) runs the start-up again.
      await bootstrapInstance(other.prisma, { mode, freshDatabase: false });
      expect(
        await other.prisma.instanceSetting.findMany({
          where: { key: { in: ["reports.signing_key", "auth.session_secret"] } },
        }),
      ).toEqual([]);
      // This instance already had its key file: the legacy key is kept as a retired key.
      const recorded = await other.prisma.signingKey.findUniqueOrThrow({ where: { id: legacy.keyId } });
      expect(recorded.retiredAt).not.toBeNull();
      // Signed by a key of this instance (now retired), but not a report it has on record.
      expect(await verify(signedBefore.content)).toMatchObject({
        status: "valid-unknown-report",
        signedHere: true,
        keyId: legacy.keyId,
        report: null,
      });
    } finally {
      await other.close();
    }
  });
  it("refuses to start without the database's current key, and takes a new key file as the current key", async () => {
    const { mode } = await connection();
    if (mode !== "postgres") return; // a restart in process needs a second client on the same database
    const keyFile = path.join(keyDir(), "report-signing-key.pem");
    const lost = signingKeyFromPem(readFileSync(keyFile, "utf8"));
    rmSync(keyFile);
    await expect(restartOnPostgres()).rejects.toMatchObject({
      name: "StartupRefusal",
      message: expect.stringContaining(`key ${lost.keyId} is not here`),
    });
    await expect(restartOnPostgres()).rejects.toThrow(`openssl genpkey -algorithm ed25519 -out ${keyFile}`);

    const replacement = newPrivateKeyPem();
    writeFileSync(keyFile, replacement, { mode: 0o600 });
    await restartOnPostgres();
    const { prisma } = await connection();
    expect(
      await prisma.signingKey.findUniqueOrThrow({ where: { id: signingKeyFromPem(replacement).keyId } }),
    ).toMatchObject({ retiredAt: null });
    expect((await prisma.signingKey.findUniqueOrThrow({ where: { id: lost.keyId } })).retiredAt).not.toBeNull();
  });
  it("refuses to start an instance on a PostgreSQL database whose other instances sign sessions with a secret it lacks", async () => {
    const { mode, prisma } = await connection();
    if (mode !== "postgres") return; // an embedded database has no other instances
    const secretFile = path.join(keyDir(), "session-secret");
    const secret = readFileSync(secretFile, "utf8");
    rmSync(secretFile);
    await expect(restartOnPostgres()).rejects.toMatchObject({
      name: "StartupRefusal",
      message: expect.stringContaining("NEXTAUTH_SECRET"),
    });
    expect(existsSync(secretFile)).toBe(false);
    // Restored, it starts; the database holds only the secret's SHA-256, never the secret.
    writeFileSync(secretFile, secret, { mode: 0o600 });
    await restartOnPostgres();
    const settings = await prisma.instanceSetting.findMany();
    expect(settings.find((row) => row.key === "auth.session_secret_sha256")?.value).toBe(
      createHash("sha256").update(secret).digest("hex"),
    );
    expect(settings.filter((row) => row.value.includes(secret))).toEqual([]);
  });
});
