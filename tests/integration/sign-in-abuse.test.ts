import { describe, expect, it } from "vitest";
import * as usersRoute from "@/app/api/v1/users/route";
import { db } from "@/lib/db";
import { call } from "../support/api";
import { callAuth, CookieJar, signIn } from "../support/auth-http";

const PASSWORD = "the-right-password-123";

async function createUser(email: string) {
  const created = await call(usersRoute.POST, "POST", "/api/v1/users", {
    body: { email, name: email, role: "engineer", password: PASSWORD },
  });
  expect(created.status).toBe(201);
  return created.body as { id: string };
}

describe("sign-in limits", () => {
  it("signs in with the right password and audits the address", async () => {
    const user = await createUser("ok@example.org");
    const result = await signIn("ok@example.org", PASSWORD, { address: "198.51.100.1" });
    expect(result.session).toBeTruthy();
    const prisma = await db();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.sign_in", entityId: user.id } });
    expect(event.after).toEqual({ address: "198.51.100.1" });
  });

  it("locks an account after 10 failures in 15 minutes, even against the right password, and audits each failure without the password", async () => {
    const user = await createUser("target@example.org");
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const failed = await signIn("target@example.org", `wrong-guess-${attempt}`, {
        address: `203.0.113.${attempt + 1}`,
      });
      expect(failed.session).toBeUndefined();
      expect(failed.response.status).not.toBe(429);
    }
    const locked = await signIn("target@example.org", PASSWORD, { address: "203.0.113.200" });
    expect(locked.session).toBeUndefined();
    expect(locked.response.status).toBe(429);
    expect(locked.response.headers.get("content-type")).toBe("application/problem+json");
    const retryAfter = Number(locked.response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // next-auth's client reads `url` for the error it shows.
    expect(new URL(String(locked.body?.url)).searchParams.get("error")).toBe("AccountLocked");

    const prisma = await db();
    const failures = await prisma.auditEvent.findMany({
      where: { action: "user.sign_in_failed", entityId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(failures).toHaveLength(11);
    expect(failures[0].after).toEqual({
      email: "target@example.org",
      address: "203.0.113.1",
      reason: "wrong_password",
    });
    expect(failures[10].after).toMatchObject({ address: "203.0.113.200", reason: "account_locked" });
    expect(JSON.stringify(failures)).not.toContain("wrong-guess");
    expect(JSON.stringify(failures)).not.toContain(PASSWORD);
    expect(await prisma.auditEvent.count({ where: { action: "user.sign_in_locked", entityId: user.id } })).toBe(1);

    // Another account is not affected.
    await createUser("bystander@example.org");
    expect((await signIn("bystander@example.org", PASSWORD, { address: "203.0.113.201" })).session).toBeTruthy();

    // When the window has passed, the right password works again.
    await prisma.signInFailure.updateMany({
      where: { email: "target@example.org" },
      data: { createdAt: new Date(Date.now() - 16 * 60 * 1000) },
    });
    expect((await signIn("target@example.org", PASSWORD, { address: "203.0.113.202" })).session).toBeTruthy();
  });

  it("answers 429 with Retry-After to an address after 50 failures, before next-auth runs", async () => {
    const address = "192.0.2.77";
    // 45 earlier failures from the address, as the table holds them (hashing 50 guesses here is slow),
    // then 5 more through the sign-in route.
    const prisma = await db();
    await prisma.signInFailure.createMany({
      data: Array.from({ length: 45 }, (_, i) => ({
        email: `earlier-${i}@example.org`,
        address,
        reason: "unknown_account",
      })),
    });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await signIn(`nobody-${attempt}@example.org`, "guess", { address });
      expect(failed.session).toBeUndefined();
      expect(failed.response.status).not.toBe(429);
    }
    const limited = await signIn("admin@test.local", "admin-password-for-tests", { address });
    expect(limited.session).toBeUndefined();
    expect(limited.response.status).toBe(429);
    expect(Number(limited.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ status: 429, title: "Too many requests" });
    expect(new URL(String(limited.body?.url)).searchParams.get("error")).toBe("TooManyAttempts");
    expect(await prisma.auditEvent.count({ where: { action: "sign_in.address_limited", entityId: address } })).toBe(1);
    // The unknown emails were audited as such, and no account was created or touched.
    expect(
      await prisma.auditEvent.count({ where: { action: "user.sign_in_failed", entityId: "nobody-3@example.org" } }),
    ).toBe(1);

    // Another address signs in as usual.
    expect(
      (await signIn("admin@test.local", "admin-password-for-tests", { address: "192.0.2.78" })).session,
    ).toBeTruthy();
  });

  it("refuses sign-ins beyond what the hashing queue holds with 503 and Retry-After, and nothing fails with 500", async () => {
    const jar = new CookieJar();
    const csrf = await callAuth("GET", ["csrf"], { jar });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const attempts = Array.from({ length: 45 }, (_, i) =>
      callAuth("POST", ["callback", "credentials"], {
        jar,
        address: `100.64.0.${i + 1}`,
        form: { email: `storm-${i}@example.org`, password: "guess", csrfToken, json: "true" },
      }),
    );
    const statuses = (await Promise.all(attempts)).map((response) => ({
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
    }));
    const busy = statuses.filter((s) => s.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy.every((s) => Number(s.retryAfter) > 0)).toBe(true);
    expect(statuses.filter((s) => s.status >= 500 && s.status !== 503)).toEqual([]);
    expect(
      (await signIn("admin@test.local", "admin-password-for-tests", { address: "100.64.1.1" })).session,
    ).toBeTruthy();
  });
});
