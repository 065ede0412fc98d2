import { describe, expect, it } from "vitest";
import { generateApiToken, hashApiToken, visiblePrefix } from "@/lib/auth/api-token";
import { clientAddress } from "@/lib/auth/client-address";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ROLE_SCOPES, roleHasScope, roleWithin } from "@/lib/auth/roles";

describe("roles", () => {
  it.each([
    ["viewer", "catalog:read", true],
    ["viewer", "catalog:write", false],
    ["auditor", "reports:export", true],
    ["auditor", "catalog:write", false],
    ["engineer", "catalog:write", true],
    ["engineer", "users:manage", false],
  ] as const)("give the %s the scope %s: %s", (role, scope, has) => {
    expect(roleHasScope(role, scope)).toBe(has);
  });

  it("give the admin every scope of the auditor and the engineer", () => {
    expect(ROLE_SCOPES.admin).toEqual(expect.arrayContaining([...ROLE_SCOPES.auditor, ...ROLE_SCOPES.engineer]));
  });

  it.each([
    ["viewer", "engineer", true],
    ["engineer", "engineer", true],
    ["auditor", "engineer", false],
    ["admin", "auditor", false],
    ["engineer", "admin", true],
  ] as const)(
    "allow a %s token to an %s owner (only the owner's role or a lesser one): %s",
    (token, owner, allowed) => {
      expect(roleWithin(token, owner)).toBe(allowed);
    },
  );
});

describe("passwords", () => {
  it("hash with a salt and verify only the right password", async () => {
    const first = await hashPassword("correct horse battery staple");
    const second = await hashPassword("correct horse battery staple");
    expect(first).not.toBe(second);
    expect(await verifyPassword("correct horse battery staple", first)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", first)).toBe(false);
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
  });
});

describe("API tokens", () => {
  it("are random, hash deterministically, and show only a prefix", () => {
    const token = generateApiToken();
    expect(token).toMatch(/^pdg_[A-Za-z0-9_-]{32}$/);
    expect(generateApiToken()).not.toBe(token);
    expect(hashApiToken(token)).toBe(hashApiToken(token));
    expect(hashApiToken("x")).toBe("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881");
    expect(visiblePrefix(token)).toBe(token.slice(0, 10));
    expect(visiblePrefix("x")).toBe("x");
  });
});

describe("client address for sign-in limits", () => {
  const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

  it("served directly, takes the last X-Forwarded-For entry (the socket's, which Next.js fills in)", () => {
    expect(clientAddress(headers("198.51.100.9"), 0)).toBe("198.51.100.9");
    expect(clientAddress(headers("1.1.1.1, 198.51.100.9"), 0)).toBe("198.51.100.9");
    expect(clientAddress(headers(), 0)).toBe("unknown");
  });

  it("behind trusted proxies, skips what they appended and ignores what the client wrote", () => {
    // The client forged "6.6.6.6"; the one proxy appended the address it saw.
    expect(clientAddress(headers("6.6.6.6, 203.0.113.5"), 1)).toBe("203.0.113.5");
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    expect(clientAddress(headers("6.6.6.6, 203.0.113.5, 10.0.0.2"), 2)).toBe("203.0.113.5");
    // Fewer entries than proxies: the leftmost is the best there is.
    expect(clientAddress(headers("203.0.113.5"), 3)).toBe("203.0.113.5");
  });
});
