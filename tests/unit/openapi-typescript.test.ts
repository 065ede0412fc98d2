import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOpenApiDocument } from "@/app/api/openapi.json/openapi-document";

// The document is for typed clients: openapi-typescript turns it into types, and the responses come
// out with their fields, not `unknown`. The assertions below are compiled against those types.
const ASSERTIONS = `
import type { operations } from "./pedigree-api";
type Json<O extends keyof operations, S extends keyof operations[O]["responses"]> =
  operations[O]["responses"][S] extends { content: { "application/json": infer T } } ? T : never;
type IsUnknown<T> = unknown extends T ? true : false;
const notUnknown: [IsUnknown<Json<"getModels", 200>>, IsUnknown<Json<"getModelsById", 200>>, IsUnknown<Json<"getRunsById", 200>>] = [false, false, false];

type ModelsPage = Json<"getModels", 200>;
export const page: ModelsPage = {
  nextCursor: null,
  items: [{
    id: "m1", name: "student", version: null, provider: "hf", externalId: null, description: null,
    initializedFrom: { id: "m0", name: "base", version: "1", provider: "hf" }, baseRelation: "finetune",
    systemPromptSha256: null, systemPrompt: null, checkpointUri: null, checkpointSha256: null, parameterCount: 7,
    tags: ["a"], isDemo: false, measurementCount: 0, derivedModelCount: 0, producedByRunCount: 1, generationCount: 0,
    createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z",
  }],
};
// @ts-expect-error parameterCount is a number or null, not a string
export const wrong: ModelsPage["items"][number]["parameterCount"] = "7";
export const kind: Json<"getModelsByIdLineage", 200>["edges"][number]["kind"] = "trained_on";
// @ts-expect-error an edge kind is one of the schema's
export const badKind: Json<"getModelsByIdLineage", 200>["edges"][number]["kind"] = "parent";
export const shared: Json<"getRunsById", 200>["sharedInitialization"][number]["shared"] = true;
export const risk: Json<"getExposure", 200>["items"][number]["risk"] = "high";
export { notUnknown };
`;

describe("openapi-typescript on the document", () => {
  let dir: string;
  let source: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "pedigree-openapi-ts-"));
    source = astToString(
      await openapiTS(JSON.parse(JSON.stringify(getOpenApiDocument())) as Parameters<typeof openapiTS>[0]),
    );
    writeFileSync(path.join(dir, "pedigree-api.ts"), source);
    writeFileSync(path.join(dir, "assertions.ts"), ASSERTIONS);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("types the models list response with its fields", () => {
    expect(source).toContain("getModels: {");
    expect(source).toMatch(/parameterCount: number \| null;/);
    expect(source).toMatch(/nextCursor: string \| null;/);
  });

  it("compiles typed uses of the models, model, lineage, run and exposure responses, and refuses wrong ones", () => {
    const program = ts.createProgram([path.join(dir, "assertions.ts")], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    });
    const messages = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    expect(messages).toEqual([]);
  }, 60_000);
});
