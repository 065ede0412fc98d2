import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Domain code knows no HTTP: nothing under lib/ but lib/api itself imports lib/api. Domain functions
// throw the errors of lib/errors/domain-errors.ts, which withApi turns into problem+json.
const root = path.resolve(import.meta.dirname, "../..");
const lib = path.join(root, "lib");
const api = path.join(lib, "api");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === api || entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** The modules a file imports or re-exports (static and dynamic), resolved to paths under the repository. */
function importedPaths(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((match) => match[1]);
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith("@/")) return [path.join(root, specifier.slice(2))];
    if (specifier.startsWith(".")) return [path.resolve(path.dirname(file), specifier)];
    return [];
  });
}

describe("lib/ outside lib/api", () => {
  it("imports nothing from lib/api", () => {
    const offenders = sourceFiles(lib).flatMap((file) =>
      importedPaths(file)
        .filter((imported) => imported === api || imported.startsWith(`${api}${path.sep}`))
        .map((imported) => `${path.relative(root, file)} imports ${path.relative(root, imported)}`),
    );
    expect(offenders).toEqual([]);
  });
});
