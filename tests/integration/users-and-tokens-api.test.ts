import { describe, expect, it } from "vitest";
import * as usersRoute from "@/app/api/v1/users/route";
import * as userByIdRoute from "@/app/api/v1/users/[id]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import * as tokenByIdRoute from "@/app/api/v1/tokens/[id]/route";
import * as meRoute from "@/app/api/v1/me/route";
import { db } from "@/lib/db";
import { call } from "../support/api";

async function createUserWithToken(role: "viewer" | "auditor" | "engineer" | "admin", email: string) {
  const user = await call(usersRoute.POST, "POST", "/api/v1/users", {
    body: { email, name: email, role, password: "a-long-password-123" },
  });
  expect(user.status).toBe(201);
  // The admin cannot mint tokens for other users through the API, so act as the user via the database
  // only to sign them in: create their token with the domain function under their own identity.
  const { createToken } = await import("@/lib/tokens/create-token");
  const { actorForUser } = await import("@/lib/auth/authenticate-request");
  const actor = await actorForUser(user.body.id);
  const token = await createToken(actor!, { name: "own" });
  return { user: user.body, token: token.token, tokenId: token.id };
}

describe("users", () => {
  it("lets an admin create users, stores only a password hash, and refuses a duplicate email", async () => {
    const created = await call(usersRoute.POST, "POST", "/api/v1/users", {
      body: { email: "Ada@Example.org", name: "Ada", role: "auditor", password: "correct horse battery" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: "ada@example.org", role: "auditor", disabled: false });
    expect(created.body).not.toHaveProperty("passwordHash");
    const prisma = await db();
    const stored = await prisma.user.findUniqueOrThrow({
      where: { email: "ada@example.org" },
      omit: { passwordHash: false },
    });
    expect(stored.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored.passwordHash).not.toContain("correct horse");

    const duplicate = await call(usersRoute.POST, "POST", "/api/v1/users", {
      body: { email: "ada@example.org", name: "Ada again", role: "viewer", password: "another long password" },
    });
    expect(duplicate.status).toBe(409);
  });

  it("names the bad fields of a new user", async () => {
    const result = await call(usersRoute.POST, "POST", "/api/v1/users", {
      body: { email: "nope", name: "", role: "king", password: "short" },
    });
    expect(result.status).toBe(422);
    expect(result.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "email",
      "name",
      "password",
      "role",
    ]);
  });

  it("keeps user management to admins", async () => {
    const { token } = await createUserWithToken("engineer", "eng@example.org");
    expect((await call(usersRoute.GET, "GET", "/api/v1/users", { token })).status).toBe(403);
    expect((await call(usersRoute.GET, "GET", "/api/v1/users")).status).toBe(200);
  });

  it("refuses to demote the last admin", async () => {
    const prisma = await db();
    const admin = await prisma.user.findFirstOrThrow({ where: { email: "admin@test.local" } });
    const result = await call(userByIdRoute.PATCH, "PATCH", `/api/v1/users/${admin.id}`, {
      params: { id: admin.id },
      body: { role: "viewer" },
    });
    expect(result.status).toBe(409);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });

  it("cuts a disabled user's tokens off at once, and a lowered role lowers their tokens", async () => {
    const { user, token } = await createUserWithToken("engineer", "leaver@example.org");
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token })).body.scopes).toContain("catalog:write");
    await call(userByIdRoute.PATCH, "PATCH", `/api/v1/users/${user.id}`, {
      params: { id: user.id },
      body: { role: "viewer" },
    });
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token })).body.scopes).not.toContain("catalog:write");
    await call(userByIdRoute.PATCH, "PATCH", `/api/v1/users/${user.id}`, {
      params: { id: user.id },
      body: { disabled: true },
    });
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token })).status).toBe(401);
  });
});

describe("API tokens", () => {
  it("shows a new token once, stores only its hash, and lists it by prefix", async () => {
    const created = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
      body: { name: "pipeline", role: "engineer" },
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^pdg_/);
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);
    const prisma = await db();
    const stored = await prisma.apiToken.findUniqueOrThrow({
      where: { id: created.body.id },
      omit: { tokenHash: false },
    });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(created.body.token);
    const list = await call(tokensRoute.GET, "GET", "/api/v1/tokens");
    const listed = list.body.items.find((t: { id: string }) => t.id === created.body.id);
    expect(listed).toMatchObject({ name: "pipeline", role: "engineer", prefix: created.body.prefix });
    expect(listed).not.toHaveProperty("token");
  });

  it("refuses a token above its owner's role", async () => {
    const { token } = await createUserWithToken("viewer", "viewer@example.org");
    const result = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
      token,
      body: { name: "escalate", role: "admin" },
    });
    expect(result.status).toBe(403);
    expect(result.body.errors[0].field).toBe("role");
    expect(result.body.role).toBe("admin");
  });

  it("refuses a revoked token on its next use, and audits the revocation", async () => {
    const created = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
      body: { name: "short-lived", role: "viewer" },
    });
    const token = created.body.token;
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token })).status).toBe(200);
    const revoked = await call(tokenByIdRoute.DELETE, "DELETE", `/api/v1/tokens/${created.body.id}`, {
      params: { id: created.body.id },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token })).status).toBe(401);
    const prisma = await db();
    expect(await prisma.auditEvent.count({ where: { entityId: created.body.id, action: "token.revoke" } })).toBe(1);
  });

  it("refuses an expired token", async () => {
    const created = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
      body: { name: "expiring", role: "viewer", expiresAt: new Date(Date.now() + 60_000).toISOString() },
    });
    const prisma = await db();
    await prisma.apiToken.update({ where: { id: created.body.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token: created.body.token })).status).toBe(401);
    const past = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
      body: { name: "past", expiresAt: "2020-01-01T00:00:00Z" },
    });
    expect(past.status).toBe(422);
    expect(past.body.errors[0].field).toBe("expiresAt");
  });

  it("records when a token was last used, in UTC like every time Prisma keeps, at most once a minute", async () => {
    const created = await call(tokensRoute.POST, "POST", "/api/v1/tokens", { body: { name: "used", role: "viewer" } });
    const prisma = await db();
    const usedAt = async () =>
      (await prisma.apiToken.findUniqueOrThrow({ where: { id: created.body.id } })).lastUsedAt?.getTime();
    expect(await usedAt()).toBeUndefined();
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token: created.body.token })).status).toBe(200);
    const first = await usedAt();
    expect(Math.abs((first ?? 0) - Date.now())).toBeLessThan(60_000);
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token: created.body.token })).status).toBe(200);
    expect(await usedAt()).toBe(first);
    // Last used more than a minute ago: recorded again.
    await prisma.apiToken.update({
      where: { id: created.body.id },
      data: { lastUsedAt: new Date(Date.now() - 120_000) },
    });
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token: created.body.token })).status).toBe(200);
    expect(Math.abs(((await usedAt()) ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  it("does not let one user revoke another's token", async () => {
    const owner = await createUserWithToken("engineer", "owner@example.org");
    const other = await createUserWithToken("engineer", "other@example.org");
    const result = await call(tokenByIdRoute.DELETE, "DELETE", `/api/v1/tokens/${owner.tokenId}`, {
      token: other.token,
      params: { id: owner.tokenId },
    });
    expect(result.status).toBe(404);
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token: owner.token })).status).toBe(200);
  });
});

describe("changing one's own password", () => {
  it("is refused through an API token, so a leaked token cannot take over the account", async () => {
    const passwordRoute = await import("@/app/api/v1/me/password/route");
    const result = await call(passwordRoute.POST, "POST", "/api/v1/me/password", {
      body: { currentPassword: "admin-password-for-tests", newPassword: "a-brand-new-password" },
    });
    expect(result.status).toBe(403);
  });
});
