import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getOpenApiDocument } from "@/app/api/openapi.json/openapi-document";

// Clients in other languages are generated from the document (openapi-python-client, openapi-generator),
// and those tools refuse a document that breaks the OpenAPI 3.1 schema. openapi-spec-validator, the
// Python validator they build on, checks it here: code that is not Pedigree's own.
const hasValidator = spawnSync("python3", ["-c", "import openapi_spec_validator"], { stdio: "ignore" }).status === 0;

describe.skipIf(!hasValidator)("the OpenAPI document, checked by openapi-spec-validator", () => {
  it("is a valid OpenAPI 3.1 document", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pedigree-openapi-"));
    try {
      const file = path.join(dir, "openapi.json");
      writeFileSync(file, JSON.stringify(getOpenApiDocument()));
      const output = execFileSync("python3", ["-m", "openapi_spec_validator", "--schema", "3.1.0", file], {
        encoding: "utf8",
      });
      expect(output).toContain("OK");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
