import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// `npm run lint` must refuse what the codebase has agreed never to write, in a file nobody has seen
// before: the probe is linted as if it were a new module in lib/ and in components/.
const ROOT = path.resolve(import.meta.dirname, "../..");
// The probes exist only in memory, so the type-aware rules see them through TypeScript's default project.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    files: ["**/lint-probe/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["lib/lint-probe/*.ts", "components/lint-probe/*.tsx"] },
      },
    },
  },
});

// The first probe builds a TypeScript program of the project for the type-aware rules: a minute or
// more on a loaded machine.
const TYPE_AWARE_TIMEOUT_MS = 300_000;

async function ruleIdsFor(code: string, file: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return results.flatMap((result) => result.messages.map((message) => message.ruleId ?? message.message));
}

describe("the lint rules", () => {
  it.each([
    [
      "an unused import",
      `import { readFile } from "node:fs/promises";\nexport const answer = 42;\n`,
      "@typescript-eslint/no-unused-vars",
    ],
    [
      "any",
      `export function parse(text: string): any {\n  return JSON.parse(text);\n}\n`,
      "@typescript-eslint/no-explicit-any",
    ],
    ["var", `export function count(): number {\n  var total = 1;\n  return total;\n}\n`, "no-var"],
    ["==", `export function same(a: number, b: number): boolean {\n  return a == b;\n}\n`, "eqeqeq"],
    ["eval", `export function run(code: string): unknown {\n  return eval(code);\n}\n`, "no-eval"],
  ])(
    "refuses %s in a new file",
    async (_label, code, rule) => {
      expect(await ruleIdsFor(code, "lib/lint-probe/new-module.ts")).toContain(rule);
    },
    TYPE_AWARE_TIMEOUT_MS,
  );

  it(
    "passes a clean new file",
    async () => {
      expect(
        await ruleIdsFor(
          `export function double(value: number): number {\n  return value * 2;\n}\n`,
          "lib/lint-probe/new-module.ts",
        ),
      ).toEqual([]);
    },
    TYPE_AWARE_TIMEOUT_MS,
  );

  it(
    "refuses domain code that imports the HTTP layer, and a feature that imports another feature",
    async () => {
      const domain = `import { ApiProblem } from "@/lib/api/problem";\nexport const problem = ApiProblem;\n`;
      expect(await ruleIdsFor(domain, "lib/lint-probe/new-module.ts")).toContain("boundaries/dependencies");
      const feature = `import { ModelHeader } from "@/components/models/model-header";\nexport const header = ModelHeader;\n`;
      expect(await ruleIdsFor(feature, "components/lint-probe/new-widget.tsx")).toContain("boundaries/dependencies");
      const upward = `import { SidebarNav } from "@/components/shell/sidebar-nav";\nexport const nav = SidebarNav;\n`;
      expect(await ruleIdsFor(upward, "lib/lint-probe/new-module.ts")).toContain("boundaries/dependencies");
    },
    TYPE_AWARE_TIMEOUT_MS,
  );
});
