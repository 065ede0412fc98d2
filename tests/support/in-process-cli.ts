// The `pedigree` CLI run in process against the route handlers (inProcessFetch), for integration tests of a
// command from its arguments to its exit code and output.
import { Readable } from "node:stream";
import type { Io } from "@/cli/context";
import { runCli } from "@/cli/program";
import { ADMIN_TOKEN } from "./api";
import { IN_PROCESS_URL, inProcessFetch } from "./in-process-client";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr as a terminal shows them, in the order they were written. */
  output: string;
}

/** Runs `pedigree <args>` with `token` (the tests' admin token unless given), and `stdin` as its standard input. */
export async function runPedigree(args: string[], token: string = ADMIN_TOKEN, stdin?: string): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const output: string[] = [];
  const writingTo = (stream: string[]) => ({
    write: (chunk: string | Uint8Array) => {
      stream.push(String(chunk));
      output.push(String(chunk));
    },
  });
  const io: Io = {
    stdout: writingTo(stdout),
    stderr: writingTo(stderr),
    env: { PEDIGREE_URL: IN_PROCESS_URL, PEDIGREE_TOKEN: token },
    cwd: process.cwd(),
    stdin: stdin === undefined ? undefined : Readable.from([stdin]),
    fetch: inProcessFetch,
  };
  const code = await runCli(args, io);
  return { code, stdout: stdout.join(""), stderr: stderr.join(""), output: output.join("") };
}
