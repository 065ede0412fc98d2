import "server-only";
import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensurePrivateDir } from "@/lib/db/private-data-dir";
import { env } from "@/lib/env";

// Secrets the instance generates itself (the report-signing key, the session secret) live in files in
// the key directory, never in the database: <PEDIGREE_DATA_DIR>/keys (or PEDIGREE_KEY_DIR), 0700, each
// file 0600. In both database modes, so that a copy of the database holds no private key.

/** The files in the key directory. */
export const KEY_FILES = { sessionSecret: "session-secret", signingKey: "report-signing-key.pem" } as const;

function keyDirectory(): string {
  if (env.PEDIGREE_KEY_DIR) return path.resolve(env.PEDIGREE_KEY_DIR);
  if (env.PEDIGREE_DATA_DIR.startsWith("memory://")) {
    throw new Error("An in-memory database has no data directory for its key files: set PEDIGREE_KEY_DIR.");
  }
  return path.join(path.resolve(env.PEDIGREE_DATA_DIR), "keys");
}

function privateKeyDirectory(): string {
  const dir = keyDirectory();
  if (!env.PEDIGREE_KEY_DIR) ensurePrivateDir(path.dirname(dir));
  ensurePrivateDir(dir);
  return dir;
}

export function keyFilePath(name: string): string {
  return path.join(keyDirectory(), name);
}

/** The file's content, or null when there is none. */
export function readKeyFile(name: string): string | null {
  const dir = privateKeyDirectory();
  try {
    return readFileSync(path.join(dir, name), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Writes the file whole or not at all (a temporary file, renamed over it), mode 0600. */
export function writeKeyFile(name: string, content: string): void {
  const dir = privateKeyDirectory();
  const temporary = path.join(dir, `.${name}.${randomBytes(6).toString("hex")}.tmp`);
  writeFileSync(temporary, content, { mode: 0o600, flag: "wx" });
  renameSync(temporary, path.join(dir, name));
}
