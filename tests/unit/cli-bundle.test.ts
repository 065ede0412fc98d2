import { execFileSync } from "node:child_process";
import { readFileSync, statSync, utimesSync } from "node:fs";
import { describe, expect, it } from "vitest";

// bin/pedigree.mjs runs the CLI from an esbuild bundle, rebuilt when a source it holds changed.
const BUNDLE = "node_modules/.cache/pedigree-cli/pedigree.mjs";
const run = () => execFileSync(process.execPath, ["bin/pedigree.mjs", "--version"], { encoding: "utf8" }).trim();

describe("the pedigree command's bundle", () => {
  it("runs from the bundle, and rebuilds it when a source it holds has changed", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(run()).toBe(version);
    const built = statSync(BUNDLE).mtimeMs;
    expect(run()).toBe(version);
    expect(statSync(BUNDLE).mtimeMs, "an unchanged source: the bundle is reused").toBe(built);
    const inputs = JSON.parse(readFileSync("node_modules/.cache/pedigree-cli/inputs.json", "utf8")) as string[];
    expect(inputs).toContain("cli/exit-codes.ts");
    const later = new Date(Date.now() + 1000);
    utimesSync("cli/exit-codes.ts", later, later);
    expect(run()).toBe(version);
    expect(statSync(BUNDLE).mtimeMs, "a changed source: rebuilt").toBeGreaterThan(built);
  });
});
