import { createPrivateKey, createPublicKey } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bootstrapInstance } from "@/lib/bootstrap/bootstrap-instance";
import { verifyPassword } from "@/lib/auth/password";
import { hashApiToken } from "@/lib/auth/api-token";
import { connection } from "@/lib/db";
import { connectPostgres } from "@/lib/db/connect";
import { keyIdOf } from "@/lib/reports/report-signature";
import { getSigningKey } from "@/lib/reports/signing-key";

describe("first start", () => {
  it("creates the first admin from the environment and registers PEDIGREE_ADMIN_TOKEN, once", async () => {
    const { prisma, mode } = await connection();
    const admin = await prisma.user.findUniqueOrThrow({
      where: { email: "admin@test.local" },
      omit: { passwordHash: false },
    });
    expect(admin.role).toBe("admin");
    expect(await verifyPassword("admin-password-for-tests", admin.passwordHash)).toBe(true);
    const token = await prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken("test-admin-token") } });
    expect(token).toMatchObject({ role: "admin", userId: admin.id, revokedAt: null });
    expect(await prisma.auditEvent.count({ where: { actorLabel: "system", action: "user.create" } })).toBe(1);

    const before = [await prisma.user.count(), await prisma.apiToken.count(), await prisma.auditEvent.count()];
    await bootstrapInstance(prisma, { mode, freshDatabase: false });
    expect([await prisma.user.count(), await prisma.apiToken.count(), await prisma.auditEvent.count()]).toEqual(before);
  });

  it("generates the Ed25519 report-signing key on first start in a 0600 key file, records its public key, and keeps it across restarts", async () => {
    const { prisma, mode } = await connection();
    const keyFile = path.join(process.env.PEDIGREE_KEY_DIR!, "report-signing-key.pem");
    const pem = readFileSync(keyFile, "utf8");
    const key = createPrivateKey(pem);
    expect(key.asymmetricKeyType).toBe("ed25519");
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(await prisma.instanceSetting.findUnique({ where: { key: "reports.signing_key" } })).toBeNull();
    const keyId = keyIdOf(createPublicKey(key));
    expect(await prisma.signingKey.findMany({ select: { id: true, retiredAt: true } })).toEqual([
      { id: keyId, retiredAt: null },
    ]);
    await bootstrapInstance(prisma, { mode, freshDatabase: false });
    expect(readFileSync(keyFile, "utf8")).toBe(pem);
    expect((await getSigningKey(prisma)).keyId).toBe(keyId);
  });

  it("keeps a revoked admin token revoked across restarts", async () => {
    const { prisma, mode } = await connection();
    await prisma.apiToken.updateMany({
      where: { tokenHash: hashApiToken("test-admin-token") },
      data: { revokedAt: new Date() },
    });
    await bootstrapInstance(prisma, { mode, freshDatabase: false });
    const token = await prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken("test-admin-token") } });
    expect(token.revokedAt).not.toBeNull();
  });
});

describe("instances starting at once", () => {
  it("create one first admin and one admin token between them, whichever starts first", async () => {
    const { prisma, mode } = await connection();
    const url = process.env.DATABASE_URL;
    if (mode !== "postgres" || !url) return; // one embedded database serves one process
    const instances = [connectPostgres(url), connectPostgres(url), connectPostgres(url)];
    const startAll = () =>
      Promise.all(instances.map((i) => bootstrapInstance(i.prisma, { mode: "postgres", freshDatabase: false })));
    try {
      // The admin exists, its token does not: the three register it at the same moment.
      await prisma.$executeRawUnsafe("DELETE FROM api_tokens");
      await startAll();
      expect(await prisma.apiToken.count({ where: { tokenHash: hashApiToken("test-admin-token") } })).toBe(1);
      // Neither exists.
      await prisma.$executeRawUnsafe("DELETE FROM api_tokens; DELETE FROM users");
      await startAll();
      expect(await prisma.user.count({ where: { role: "admin" } })).toBe(1);
      expect(await prisma.apiToken.count({ where: { tokenHash: hashApiToken("test-admin-token") } })).toBe(1);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });
});
