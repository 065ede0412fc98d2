import { beforeAll, describe, expect, it } from "vitest";
import * as usersRoute from "@/app/api/v1/users/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import { db } from "@/lib/db";
import { call } from "../support/api";
import { sessionCookieFor } from "../support/session-cookie";

// The attack: a page on another site makes a signed-in admin's browser POST to Pedigree. The browser
// attaches the session cookie and says where the request came from; Pedigree must refuse it.

const APP = "http://pedigree.test";
let cookie: string;

beforeAll(async () => {
  cookie = await sessionCookieFor("admin@test.local");
});

function asBrowser(origin: string | null, extra: Record<string, string> = {}) {
  return { token: null, headers: { cookie, ...(origin ? { origin } : {}), ...extra } };
}

const newAdmin = (email: string) => ({ email, name: "Mallory", role: "admin", password: "a-long-password-123" });

describe("cookie-authenticated writes", () => {
  it("refuses a write from another origin and creates nothing", async () => {
    const result = await call(usersRoute.POST, "POST", "/api/v1/users", {
      ...asBrowser("https://evil.example"),
      body: newAdmin("mallory@example.org"),
    });
    expect(result.status).toBe(403);
    expect(result.contentType).toContain("application/problem+json");
    expect(result.body.detail).toContain("https://evil.example");
    const prisma = await db();
    expect(await prisma.user.count({ where: { email: "mallory@example.org" } })).toBe(0);
  });

  it("refuses the text/plain form post a cross-site page can send without a preflight", async () => {
    const result = await call(usersRoute.POST, "POST", "/api/v1/users", {
      ...asBrowser(null, { "content-type": "text/plain" }),
      rawBody: JSON.stringify(newAdmin("mallory2@example.org")),
    });
    expect(result.status).toBe(403);
    // Even with a same-origin header, a JSON endpoint wants a JSON body.
    const sameOrigin = await call(usersRoute.POST, "POST", "/api/v1/users", {
      ...asBrowser(APP, { "content-type": "text/plain" }),
      rawBody: JSON.stringify(newAdmin("mallory3@example.org")),
    });
    expect(sameOrigin.status).toBe(415);
    const prisma = await db();
    expect(
      await prisma.user.count({ where: { email: { in: ["mallory2@example.org", "mallory3@example.org"] } } }),
    ).toBe(0);
  });

  it("falls back on the Referer when there is no Origin, and treats an opaque origin as foreign", async () => {
    const foreignReferer = await call(modelsRoute.POST, "POST", "/api/v1/models", {
      ...asBrowser(null, { referer: "https://evil.example/page" }),
      body: { name: "csrf-referer-model", kind: "base" },
    });
    expect(foreignReferer.status).toBe(403);
    const opaque = await call(modelsRoute.POST, "POST", "/api/v1/models", {
      ...asBrowser("null"),
      body: { name: "csrf-opaque-model", kind: "base" },
    });
    expect(opaque.status).toBe(403);
    const ownReferer = await call(usersRoute.POST, "POST", "/api/v1/users", {
      ...asBrowser(null, { referer: `${APP}/settings` }),
      body: newAdmin("referer-ok@example.org"),
    });
    expect(ownReferer.status).toBe(201);
  });

  it("accepts a same-origin write, and reads from anywhere", async () => {
    const created = await call(usersRoute.POST, "POST", "/api/v1/users", {
      ...asBrowser(APP),
      body: newAdmin("same-origin@example.org"),
    });
    expect(created.status).toBe(201);
    const read = await call(usersRoute.GET, "GET", "/api/v1/users", asBrowser("https://evil.example"));
    expect(read.status).toBe(200);
  });

  it("accepts the app's public URL behind a proxy (X-Forwarded-Host)", async () => {
    const created = await call(usersRoute.POST, "POST", "/api/v1/users", {
      ...asBrowser("https://pedigree.example.org", { "x-forwarded-host": "pedigree.example.org" }),
      body: newAdmin("proxied@example.org"),
    });
    expect(created.status).toBe(201);
  });
});

describe("API-token writes", () => {
  it("are unaffected by Origin: a token is never sent implicitly", async () => {
    const created = await call(usersRoute.POST, "POST", "/api/v1/users", {
      headers: { origin: "https://ci.example" },
      body: newAdmin("from-ci@example.org"),
    });
    expect(created.status).toBe(201);
  });

  it("still need a JSON content type for a JSON body", async () => {
    const result = await call(usersRoute.POST, "POST", "/api/v1/users", {
      headers: { "content-type": "text/plain" },
      rawBody: JSON.stringify(newAdmin("plain@example.org")),
    });
    expect(result.status).toBe(415);
    expect(result.body.detail).toContain("application/json");
  });
});
