import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "@/lib/db/embedded-lock";

describe("the embedded data directory lock", () => {
  it("refuses a directory another live process holds", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pedigree-lock-"));
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      writeFileSync(path.join(dir, "pedigree.lock"), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`pid ${other.pid}`));
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that has died, and releases it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pedigree-lock-"));
    writeFileSync(path.join(dir, "pedigree.lock"), "999999999");
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, "pedigree.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dir, "pedigree.lock"))).toBe(false);
  });
});
