import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The layout's rules, checked on the source tree: each feature's client code lives in
// components/<feature>/ and imports no other feature; what several features share lives in
// components/ui (primitives) or components/entities (widgets about models, runs, reports...);
// lib/ is server code and pure logic, so it imports nothing from components/ and is never a client module.

const root = path.resolve(import.meta.dirname, "../..");
const SHARED = ["ui", "entities"];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|css)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(path.join("lib", "generated")));
}

/** Every module a file imports, as a path from the repository root ("components/ui/button"). */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const specifiers = [...source.matchAll(/(?:\bfrom|\bimport|\bimport\(|@import)\s*["']([^"']+)["']/g)].map(
    (match) => match[1],
  );
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith("@/")) return [specifier.slice(2)];
    if (specifier.startsWith(".")) return [path.relative(root, path.resolve(root, path.dirname(file), specifier))];
    return [];
  });
}

/** The folder under components/ a path sits in, or null outside components/. */
function featureOf(file: string): string | null {
  const [top, feature] = file.split(path.sep).join("/").split("/");
  return top === "components" && feature ? feature : null;
}

function violations(files: string[], allowed: (from: string, to: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((target) => !allowed(file, target))
      .map((target) => `${file} -> ${target}`),
  );
}

describe("component boundaries", () => {
  it("a feature's components import no other feature's, only the shared ui and entities folders", () => {
    const found = violations(sourceFiles("components"), (from, to) => {
      const source = featureOf(from);
      const target = featureOf(to);
      if (target === null || target === source) return true;
      if (source === "ui") return false; // primitives sit at the bottom: they import no feature, nor entities
      if (source === "entities") return target === "ui";
      return SHARED.includes(target);
    });
    expect(found).toEqual([]);
  });

  it("lib/ imports nothing from components/", () => {
    expect(violations(sourceFiles("lib"), (_from, to) => featureOf(to) === null)).toEqual([]);
  });

  it("lib/ holds no client module", () => {
    const clientModules = sourceFiles("lib").filter((file) =>
      /^\s*["']use client["']/.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(clientModules).toEqual([]);
  });

  it("finds the imports it checks", () => {
    // Guards the scan itself: a regex that matched nothing would pass every rule above.
    expect(importsOf(path.join("components", "entities", "model-link.tsx"))).toContain(
      path.join("components", "entities", "model-link.module.css"),
    );
    expect(
      violations([path.join("components", "runs", "runs-table.tsx")], (_from, to) => featureOf(to) !== "entities"),
    ).not.toEqual([]);
  });
});
