import { describe, expect, it, vi } from "vitest";
import type * as NextServer from "next/server";
import * as meRoute from "@/app/api/v1/me/route";
import * as passwordRoute from "@/app/api/v1/me/password/route";
import * as usersRoute from "@/app/api/v1/users/route";
import * as userByIdRoute from "@/app/api/v1/users/[id]/route";
import { requireActor } from "@/lib/auth/current-user";
import { call } from "../support/api";
import { ORIGIN, signIn, signOut, withRequest } from "../support/auth-http";

// Pages wait for request time through next/server's connection(), which needs Next's server.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  connection: async () => {},
}));

// Pages read the requested path from next/headers (requireActor's return to it after sign-in).
vi.mock("next/headers", async () => (await import("../support/auth-http")).nextHeaders);

const PASSWORD = "first-password-for-tests";

async function signedInUser(email: string, role: "viewer" | "engineer" = "engineer") {
  const created = await call(usersRoute.POST, "POST", "/api/v1/users", {
    body: { email, name: email, role, password: PASSWORD },
  });
  expect(created.status).toBe(201);
  const { jar } = await signIn(email, PASSWORD);
  const cookie = jar.header();
  expect(await meWith(cookie)).toBe(200);
  return { id: created.body.id as string, jar, cookie };
}

/** GET /api/v1/me with a browser's cookie header: the status. */
async function meWith(cookie: string): Promise<number> {
  return (await call(meRoute.GET, "GET", "/api/v1/me", { token: null, headers: { cookie, origin: ORIGIN } })).status;
}

/** Where a page sends a browser with this cookie: null when it renders, else the redirect's target. */
async function pageRedirectWith(cookie: string): Promise<string | null> {
  const request = new Request(new URL("/overview", ORIGIN), { headers: { cookie, host: "pedigree.test" } });
  try {
    await withRequest(request, () => requireActor());
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2];
  }
}

describe("sessions end when their reason does", () => {
  it("sign-out ends the session: a copy of the old cookie is refused by the API and sent to sign-in by pages", async () => {
    const { cookie, jar } = await signedInUser("leaving@example.org");
    expect(await pageRedirectWith(cookie)).toBeNull();
    const out = await signOut(jar);
    expect(out.status).toBe(200);
    expect(await meWith(cookie)).toBe(401);
    const refused = await call(meRoute.GET, "GET", "/api/v1/me", { token: null, headers: { cookie, origin: ORIGIN } });
    expect(refused.body.detail).toMatch(/^Your session has ended/);
    expect(await pageRedirectWith(cookie)).toBe("/sign-in");
    // Signing in again gives a session that works.
    const again = await signIn("leaving@example.org", PASSWORD);
    expect(await meWith(again.jar.header())).toBe(200);
  });

  it("changing one's own password ends every session of the user, this one and others", async () => {
    const { cookie } = await signedInUser("changer@example.org");
    const other = (await signIn("changer@example.org", PASSWORD)).jar.header();
    const changed = await call(passwordRoute.POST, "POST", "/api/v1/me/password", {
      token: null,
      headers: { cookie, origin: ORIGIN },
      body: { currentPassword: PASSWORD, newPassword: "second-password-for-tests" },
    });
    expect(changed.status).toBe(200);
    expect(await meWith(cookie)).toBe(401);
    expect(await meWith(other)).toBe(401);
    expect(await pageRedirectWith(other)).toBe("/sign-in");
    expect((await signIn("changer@example.org", PASSWORD)).session).toBeUndefined();
    expect(await meWith((await signIn("changer@example.org", "second-password-for-tests")).jar.header())).toBe(200);
  });

  it("an admin's password reset, role change or deactivation ends the user's sessions", async () => {
    const patch = (id: string, body: object) =>
      call(userByIdRoute.PATCH, "PATCH", `/api/v1/users/${id}`, { params: { id }, body });

    const reset = await signedInUser("reset@example.org");
    expect((await patch(reset.id, { password: "reset-by-the-admin-123" })).status).toBe(200);
    expect(await meWith(reset.cookie)).toBe(401);
    expect(await pageRedirectWith(reset.cookie)).toBe("/sign-in");

    const demoted = await signedInUser("demoted@example.org");
    expect((await patch(demoted.id, { role: "viewer" })).status).toBe(200);
    expect(await meWith(demoted.cookie)).toBe(401);

    const renamed = await signedInUser("renamed@example.org");
    expect((await patch(renamed.id, { name: "Only a new name" })).status).toBe(200);
    expect(await meWith(renamed.cookie)).toBe(200);

    const disabled = await signedInUser("disabled@example.org");
    expect((await patch(disabled.id, { disabled: true })).status).toBe(200);
    expect((await patch(disabled.id, { disabled: false })).status).toBe(200);
    // Re-enabled, the old session stays ended: the user signs in again.
    expect(await meWith(disabled.cookie)).toBe(401);
    expect(await pageRedirectWith(disabled.cookie)).toBe("/sign-in");
  });
});
