import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HTTP_METHODS } from "@/lib/api/openapi/generate-openapi-document";
import { getOpenApiDocument } from "@/app/api/openapi.json/openapi-document";
import { openApiPath } from "@/lib/api/openapi/openapi-path";
import type { HttpMethod, PathItemObject } from "@/lib/api/openapi/openapi.types";
import EXCLUDED_ROUTES from "@/app/api/openapi.json/excluded-routes.json";
import { ROUTE_MODULES } from "@/app/api/openapi.json/route-modules.generated";

// Every route the app serves is described in /api/openapi.json, or left out on purpose with a reason.
const ROOT = path.resolve(import.meta.dirname, "../..");
const RUN_SCRIPT = "run `node scripts/generate-route-manifest.mjs`";

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function routeFilesOnDisk(dir = "app/api"): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return routeFilesOnDisk(relative);
    return entry.name === "route.ts" ? [relative] : [];
  });
}

describe("the route manifest", () => {
  it("lists every app/api/**/route.ts, or leaves it out with a reason", () => {
    const listed = new Set([
      ...ROUTE_MODULES.map((route) => route.file),
      ...EXCLUDED_ROUTES.map((route) => route.file),
    ]);
    const missing = routeFilesOnDisk().filter((file) => !listed.has(file));
    expect(missing, `route files missing from app/api/openapi.json/route-modules.generated.ts: ${RUN_SCRIPT}`).toEqual(
      [],
    );
  });

  it("lists no route file that is gone", () => {
    const gone = [...ROUTE_MODULES, ...EXCLUDED_ROUTES]
      .map((route) => route.file)
      .filter((file) => !existsSync(path.join(ROOT, file)));
    expect(gone, `stale entries in app/api/openapi.json/route-modules.generated.ts: ${RUN_SCRIPT}`).toEqual([]);
  });

  it("is exactly what the script writes", () => {
    const check = spawnSync(process.execPath, ["scripts/generate-route-manifest.mjs", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(check.status, check.stderr).toBe(0);
  });

  it("keeps lib/ free of imports from app/", () => {
    const offenders = filesUnder("lib").filter((file) =>
      /from\s+["'](@\/app\/|(\.\.\/)+app\/)/.test(readFileSync(path.join(ROOT, file), "utf8")),
    );
    expect(offenders, "lib/ must not import app/ (the route manifest lives in app/api/openapi.json)").toEqual([]);
  });

  it("says why each route is left out", () => {
    expect(EXCLUDED_ROUTES.map((route) => route.file).sort()).toEqual([
      "app/api/auth/[...nextauth]/route.ts",
      "app/api/v1/[...path]/route.ts",
    ]);
    for (const route of EXCLUDED_ROUTES) expect(route.reason.length).toBeGreaterThan(40);
  });
});

describe("the OpenAPI document", () => {
  const document = getOpenApiDocument();

  it("describes every HTTP method every listed route exports", () => {
    const undescribed: string[] = [];
    for (const route of ROUTE_MODULES) {
      const exported = HTTP_METHODS.filter((method) => typeof route.module[method] === "function");
      expect(exported.length, `${route.file} exports no HTTP method`).toBeGreaterThan(0);
      for (const method of exported) {
        const item = (document.paths as Partial<Record<string, PathItemObject>>)[openApiPath(route.path)];
        const operation = item?.[method.toLowerCase() as HttpMethod];
        if (!operation) undescribed.push(`${method} ${route.path} (${route.file})`);
      }
    }
    expect(
      undescribed,
      `operations missing from the document: ${RUN_SCRIPT}, and wrap the handler in withApi with docs`,
    ).toEqual([]);
  });

  it("describes nothing that no route serves", () => {
    const served = new Set(
      ROUTE_MODULES.flatMap((route) =>
        HTTP_METHODS.filter((method) => route.module[method]).map(
          (method) => `${method.toLowerCase()} ${openApiPath(route.path)}`,
        ),
      ),
    );
    const documented = Object.entries(document.paths).flatMap(([p, item]) =>
      Object.keys(item).map((method) => `${method} ${p}`),
    );
    expect(documented.filter((operation) => !served.has(operation))).toEqual([]);
    expect(documented.length).toBe(served.size);
  });

  it("gives every operation a summary, a tag, and its scope in words and as x-pedigree-scope", () => {
    for (const [p, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${p}`;
        expect(operation.summary.trim(), `${name} has no summary`).not.toBe("");
        expect(operation.tags.length, `${name} has no tag`).toBeGreaterThan(0);
        const scope = operation["x-pedigree-scope"];
        if (scope === null) {
          expect(operation.security, name).toEqual([]);
          expect(operation.description, name).toMatch(/^Public/);
        } else {
          expect(operation.security, name).toEqual([{ bearerToken: [scope] }, { sessionCookie: [scope] }]);
          expect(operation.description, name).toContain(`\`${scope}\``);
          expect(operation.responses["401"], name).toEqual({ $ref: "#/components/responses/Unauthorized" });
        }
      }
    }
  });

  it("gives every JSON success response a schema", () => {
    // Each is described with a zod schema beside its DTO (docs.responses[status].schema).
    const bare: string[] = [];
    for (const [p, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (!status.startsWith("2") || "$ref" in response) continue;
          const schema = response.content?.["application/json"]?.schema;
          // Without a zod schema a JSON body is only said to be an object.
          if (schema && Object.keys(schema).length <= 1) bare.push(`${method.toUpperCase()} ${p} ${status}`);
        }
      }
    }
    expect(bare).toEqual([]);
  });

  it("uses OpenAPI path templates, not Next's brackets", () => {
    for (const p of Object.keys(document.paths)) expect(p).not.toMatch(/[[\]]/);
    expect(document.paths["/api/v1/models/{id}/lineage"].get).toBeDefined();
    expect(document.paths["/api/openapi.json"].get?.["x-pedigree-scope"]).toBeNull();
  });
});
