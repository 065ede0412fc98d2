import "server-only";
import { chmodSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { StartupRefusal } from "./startup-refusal";

// The data directory holds the embedded database (password hashes, its WAL) and the key files: only the
// user the server runs as may read it. Directories 0700, files 0600.

const GROUP_OR_OTHER = 0o077;

/** Creates `dir` (0700) if it is missing; refuses one that group or others can reach. */
export function ensurePrivateDir(dir: string): void {
  const absolute = path.resolve(dir);
  let mode: number;
  try {
    const stats = statSync(absolute);
    if (!stats.isDirectory()) throw new StartupRefusal(`${absolute} is not a directory.`);
    mode = stats.mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(absolute, { recursive: true, mode: 0o700 });
    chmodSync(absolute, 0o700);
    return;
  }
  if ((mode & GROUP_OR_OTHER) !== 0) {
    throw new StartupRefusal(
      `${absolute} is readable by other users (mode ${(mode & 0o777).toString(8)}): it holds the database and the signing keys. ` +
        `Run \`chmod -R go-rwx ${absolute}\` and start again.`,
    );
  }
}

/** Files the process creates from now on are 0600 and directories 0700, whatever mode the code asks for. */
export function restrictNewFileModes(): void {
  // umask(mask) sets and returns the previous mask (umask() alone, to read it, is deprecated).
  const previous = process.umask(GROUP_OR_OTHER);
  process.umask(previous | GROUP_OR_OTHER);
}

/** Takes group and other permissions off everything under `dir` (PGlite unpacks a new database as 0666). */
export function restrictTreeModes(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    chmodSync(child, statSync(child).mode & 0o700);
    if (entry.isDirectory()) restrictTreeModes(child);
  }
}
