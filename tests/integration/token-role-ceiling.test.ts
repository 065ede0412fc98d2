import { describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/v1/me/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import * as usersRoute from "@/app/api/v1/users/route";
import * as userByIdRoute from "@/app/api/v1/users/[id]/route";
import { call } from "../support/api";
import { ORIGIN, signIn } from "../support/auth-http";

const PASSWORD = "token-owner-password";

/** A user created by the admin, signed in, who mints a token of `tokenRole` from their session. */
async function ownerWithToken(
  email: string,
  role: "viewer" | "auditor" | "engineer" | "admin",
  tokenRole: typeof role,
) {
  const created = await call(usersRoute.POST, "POST", "/api/v1/users", {
    body: { email, name: email, role, password: PASSWORD },
  });
  expect(created.status).toBe(201);
  const cookie = (await signIn(email, PASSWORD)).jar.header();
  const minted = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
    token: null,
    headers: { cookie, origin: ORIGIN },
    body: { name: `${tokenRole} token`, role: tokenRole },
  });
  expect(minted.status).toBe(201);
  return { id: created.body.id as string, token: minted.body.token as string };
}

const demote = (id: string, role: string) =>
  call(userByIdRoute.PATCH, "PATCH", `/api/v1/users/${id}`, { params: { id }, body: { role } });

describe("a token acts with at most its owner's current role", () => {
  it("an admin's admin token, after the owner is demoted to engineer, acts as engineer and mints no admin token", async () => {
    const owner = await ownerWithToken("second-admin@example.org", "admin", "admin");
    expect((await call(usersRoute.GET, "GET", "/api/v1/users", { token: owner.token })).status).toBe(200);
    expect((await demote(owner.id, "engineer")).status).toBe(200);

    const me = await call(meRoute.GET, "GET", "/api/v1/me", { token: owner.token });
    expect(me.body).toMatchObject({ role: "engineer", viaToken: true });
    expect(me.body.scopes).not.toContain("users:manage");
    expect((await call(usersRoute.GET, "GET", "/api/v1/users", { token: owner.token })).status).toBe(403);

    const escalate = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
      token: owner.token,
      body: { name: "back door", role: "admin" },
    });
    expect(escalate.status).toBe(403);
    expect(escalate.contentType).toBe("application/problem+json");
    expect(escalate.body).toMatchObject({ status: 403, role: "admin", actorRole: "engineer" });
    expect(escalate.body.detail).toContain("admin");
    // Its own role or a lesser one is fine.
    expect(
      (
        await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
          token: owner.token,
          body: { name: "ci", role: "engineer" },
        })
      ).status,
    ).toBe(201);
  });

  it("an engineer's token, after the owner becomes an auditor, acts as viewer (what both roles share) and writes nothing", async () => {
    const owner = await ownerWithToken("sideways@example.org", "engineer", "engineer");
    expect((await demote(owner.id, "auditor")).status).toBe(200);
    const me = await call(meRoute.GET, "GET", "/api/v1/me", { token: owner.token });
    expect(me.body.role).toBe("viewer");
    const write = await call(modelsRoute.POST, "POST", "/api/v1/models", {
      token: owner.token,
      body: { name: "sneaky", kind: "student" },
    });
    expect(write.status).toBe(403);
    const mint = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
      token: owner.token,
      body: { name: "wider", role: "auditor" },
    });
    expect(mint.status).toBe(403);
    expect(mint.body.role).toBe("auditor");
  });

  it("a deactivated owner's tokens do not work", async () => {
    const owner = await ownerWithToken("gone@example.org", "engineer", "viewer");
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token: owner.token })).status).toBe(200);
    await call(userByIdRoute.PATCH, "PATCH", `/api/v1/users/${owner.id}`, {
      params: { id: owner.id },
      body: { disabled: true },
    });
    expect((await call(meRoute.GET, "GET", "/api/v1/me", { token: owner.token })).status).toBe(401);
  });

  it("nobody mints a token above their own role from a session either", async () => {
    await call(usersRoute.POST, "POST", "/api/v1/users", {
      body: { email: "plain-viewer@example.org", name: "V", role: "viewer", password: PASSWORD },
    });
    const cookie = (await signIn("plain-viewer@example.org", PASSWORD)).jar.header();
    const result = await call(tokensRoute.POST, "POST", "/api/v1/tokens", {
      token: null,
      headers: { cookie, origin: ORIGIN },
      body: { name: "up", role: "engineer" },
    });
    expect(result.status).toBe(403);
    expect(result.body).toMatchObject({ role: "engineer", actorRole: "viewer" });
  });
});
