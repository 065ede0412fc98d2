import { describe, expect, it } from "vitest";
import { generateApiToken, hashApiToken, visiblePrefix } from "@/lib/auth/api-token";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ROLE_SCOPES, roleHasScope, roleWithin } from "@/lib/auth/roles";

describe("roles", () => {
  it("give each role the scopes of its job", () => {
    expect(roleHasScope("viewer", "catalog:read")).toBe(true);
    expect(roleHasScope("viewer", "catalog:write")).toBe(false);
    expect(roleHasScope("auditor", "reports:export")).toBe(true);
    expect(roleHasScope("auditor", "catalog:write")).toBe(false);
    expect(roleHasScope("engineer", "catalog:write")).toBe(true);
    expect(roleHasScope("engineer", "users:manage")).toBe(false);
    expect(ROLE_SCOPES.admin).toEqual(expect.arrayContaining([...ROLE_SCOPES.auditor, ...ROLE_SCOPES.engineer]));
  });

  it("allow a token only the owner's role or a lesser one", () => {
    expect(roleWithin("viewer", "engineer")).toBe(true);
    expect(roleWithin("engineer", "engineer")).toBe(true);
    expect(roleWithin("auditor", "engineer")).toBe(false);
    expect(roleWithin("admin", "auditor")).toBe(false);
    expect(roleWithin("engineer", "admin")).toBe(true);
  });
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
