import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// Starts the app's start-up (tests/support/start-like-next.ts) in a process of its own on an embedded
// data directory, with a clean environment: no DATABASE_URL, and the secrets only that the test gives.

export interface Instance {
  process: ChildProcess;
  output: () => string;
  /** Resolves "ready" when the start-up finished, or the exit code when the process ended first. */
  outcome: Promise<"ready" | number>;
  stop: () => Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, "../..");

export function spawnInstance(dataDir: string, extraEnv: Record<string, string> = {}): Instance {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NODE_ENV: "production",
    PEDIGREE_DATA_DIR: dataDir,
    PEDIGREE_DEMO: "0",
    PEDIGREE_ADMIN_EMAIL: "admin@test.local",
    PEDIGREE_ADMIN_PASSWORD: "admin-password-for-tests",
    ...extraEnv,
  };
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/support/start-like-next.ts"],
    { cwd: ROOT, env },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? -1)));
  const outcome = new Promise<"ready" | number>((resolve) => {
    child.stdout.on("data", () => output.includes("[start-like-next] ready") && resolve("ready"));
    void exited.then(resolve);
  });
  return {
    process: child,
    output: () => output,
    outcome,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
