import "server-only";
import { readFileSync, readlinkSync } from "node:fs";

function fromProc<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    // No /proc (macOS), or not ours to read.
    return null;
  }
}

/**
 * "pid 123 (node server.js --port 3000) in /srv/pedigree": the command line and working directory from
 * /proc when the system has them, else the pid alone. (`next start` renames its process "next-server".)
 */
export function describeProcess(pid: number): string {
  const commandLine = fromProc(() =>
    readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" "),
  );
  const cwd = fromProc(() => readlinkSync(`/proc/${pid}/cwd`));
  return `pid ${pid}${commandLine ? ` (${commandLine})` : ""}${cwd ? ` in ${cwd}` : ""}`;
}
