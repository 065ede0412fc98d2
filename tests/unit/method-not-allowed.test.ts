import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { ROUTE_MODULES } from "@/app/api/openapi.json/route-modules.generated";
import { ROUTE_METHODS } from "@/lib/api/route-methods";
import { proxy } from "@/proxy";

// Next.js answers a method a route does not export with a bare 405; the proxy answers it as
// problem+json with Allow, from the generated list of each route's methods.
const send = (method: string, path: string) =>
  proxy(new NextRequest(new URL(path, "http://pedigree.test"), { method }));

describe("405 for a method a route does not take", () => {
  it.each([
    ["DELETE", "/api/v1/datasets", "GET, POST, HEAD, OPTIONS"],
    ["PUT", "/api/v1/models/cm123/lineage", "GET, HEAD, OPTIONS"],
    ["GET", "/api/v1/reports/verify", "POST, OPTIONS"],
    ["PATCH", "/api/health", "GET, HEAD, OPTIONS"],
    ["GET", "/api/auth/callback/credentials", "POST, OPTIONS"],
  ])("%s %s answers problem+json 405 with Allow: %s", async (method, path, allow) => {
    const response = send(method, path);
    expect(response.status).toBe(405);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("allow")).toBe(allow);
    expect(await response.json()).toMatchObject({ status: 405, title: "Method not allowed" });
  });

  it("lets through the methods a route takes, HEAD and OPTIONS, and paths no route serves (the fallback's 404)", () => {
    // Let through: the proxy's "next" answer, which carries only the security headers.
    const passes = (response: Response) => response.headers.get("x-middleware-next") === "1" && response.status === 200;
    expect(passes(send("GET", "/api/v1/datasets"))).toBe(true);
    expect(passes(send("POST", "/api/v1/datasets"))).toBe(true);
    expect(passes(send("HEAD", "/api/v1/models/cm123"))).toBe(true);
    expect(passes(send("OPTIONS", "/api/v1/reports/verify"))).toBe(true);
    expect(passes(send("POST", "/api/auth/callback/credentials"))).toBe(true);
    expect(passes(send("GET", "/api/auth/csrf"))).toBe(true);
    expect(passes(send("DELETE", "/api/v1/no/such/thing"))).toBe(true);
  });

  it("sends the security headers with a 405 too", () => {
    const response = send("DELETE", "/api/v1/datasets");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("knows the methods every route module exports", () => {
    const methods = new Map(ROUTE_METHODS.map((route) => [route.path, route.methods]));
    for (const route of ROUTE_MODULES) {
      const exported = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter(
        (method) => typeof route.module[method] === "function",
      );
      expect(methods.get(route.path), route.file).toEqual(exported);
    }
  });
});
