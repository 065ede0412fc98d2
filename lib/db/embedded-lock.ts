import "server-only";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describeProcess } from "./describe-process";
import { StartupRefusal } from "./startup-refusal";

// PGlite is one process's database: two processes opening the same data directory would corrupt
// it. The first instance takes this lock file; a second one refuses to start with a clear message.

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lockFile = path.join(dataDir, "pedigree.lock");
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number(readFileSync(lockFile, "utf8"));
    if (holder !== process.pid && Number.isInteger(holder) && processIsAlive(holder)) {
      throw new StartupRefusal(
        `Another Pedigree process, ${describeProcess(holder)}, is using the embedded database in ${path.resolve(dataDir)}. ` +
          "Stop it, choose another PEDIGREE_DATA_DIR, or set DATABASE_URL to share a PostgreSQL server.",
      );
    }
    writeFileSync(lockFile, String(process.pid), { mode: 0o600 });
  }
  const release = () => rmSync(lockFile, { force: true });
  process.once("exit", release);
  return release;
}
