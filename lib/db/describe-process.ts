import { readFileSync } from "node:fs";

/** "pid 123 (node server.js --port 3000)": the command line from /proc when the system has one. */
export function describeProcess(pid: number): string {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
    if (commandLine) return `pid ${pid} (${commandLine})`;
  } catch {
    // No /proc (macOS) or not readable: the pid alone.
  }
  return `pid ${pid}`;
}
