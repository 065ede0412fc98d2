import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPathFor } from "@/lib/auth/return-path";

describe("the path to return to after sign-in", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(safeReturnPath("/models/m_1?tab=lineage#graph")).toBe("/models/m_1?tab=lineage#graph");
    expect(safeReturnPath("/traits/owl-preference")).toBe("/traits/owl-preference");
    expect(safeReturnPath("/runs/../audit")).toBe("/audit");
  });

  it("refuses anything that could leave the site, loop, or is not a page", () => {
    for (const value of [
      null,
      undefined,
      "",
      "models",
      "https://evil.example/",
      "//evil.example/path",
      "/\\evil.example",
      "/\\/evil.example",
      "/\tevil",
      "/%0d%0aSet-Cookie:x",
      "/sign-in",
      "/sign-in?next=/models",
      "/api/v1/users",
      `/${"a".repeat(3000)}`,
    ]) {
      const kept = safeReturnPath(value);
      if (value === "/%0d%0aSet-Cookie:x")
        expect(kept).toBe("/%0d%0aSet-Cookie:x"); // encoded: a harmless path
      else expect(kept, String(value)).toBeNull();
    }
  });

  it("builds the sign-in address that returns there", () => {
    expect(signInPathFor("/models?kind=student&sort=name")).toBe(
      "/sign-in?next=%2Fmodels%3Fkind%3Dstudent%26sort%3Dname",
    );
    expect(signInPathFor("/")).toBe("/sign-in");
    expect(signInPathFor("//evil.example")).toBe("/sign-in");
    expect(signInPathFor(null)).toBe("/sign-in");
  });
});
