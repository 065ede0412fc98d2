import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { readProblem } from "@/cli/client";
import { fileNameFromDisposition } from "@/cli/commands/report";
import { resolveConnection } from "@/cli/config";
import type { Io } from "@/cli/context";
import { UsageError } from "@/cli/errors";
import { keyValue } from "@/cli/options";
import { runCli } from "@/cli/program";

function captureIo(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (chunk) => out.push(String(chunk)) },
    stderr: { write: (chunk) => err.push(String(chunk)) },
    env,
    cwd: process.cwd(),
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

async function run(args: string[], env?: Record<string, string | undefined>) {
  const captured = captureIo(env);
  const code = await runCli(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("arguments and exit codes", () => {
  it("prints help with the environment and exit codes, and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: pedigree [options] [command]");
    expect(result.stdout).toContain("PEDIGREE_TOKEN");
    expect(result.stdout).toContain("3  connection error");
    const sub = await run(["import", "sl-experiment", "--help"]);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain("--teacher-prompt <text>");
    expect(sub.stdout).toContain("--json");
    expect(sub.stdout).toContain("Exit codes:");
  });

  it("exits 2 on an unknown command or option, a missing argument or option, and a bad value", async () => {
    const cases: [string[], RegExp][] = [
      [["fly"], /unknown command 'fly'/],
      [["models", "list", "--colour"], /unknown option '--colour'/],
      [["lineage"], /missing required argument 'model'/],
      [["models", "add", "--provider", "openai"], /required option '--name <name>' not specified/],
      [["models", "list", "--limit", "many"], /option '--limit <n>' argument 'many' is invalid. must be an integer/],
      [["report", "m1", "--format", "docx"], /Allowed choices are prov-json, cyclonedx, spdx, in-toto, csv, html, pdf/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(message);
    }
  });

  it("exits 2 for a group without its subcommand (after printing the group's help)", async () => {
    const result = await run(["models"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: pedigree models [options] [command]");
  });

  it("exits 2 on usage errors the commands find, before any request", async () => {
    const measurement = [
      "measurements",
      "add",
      "--model",
      "m",
      "--trait",
      "t",
      "--protocol",
      "p",
      "--url",
      "http://127.0.0.1:9",
    ];
    const twoFigures = await run([...measurement, "--positives", "3", "--value", "0.3"]);
    expect(twoFigures.code).toBe(2);
    expect(twoFigures.stderr).toBe(
      "Error: Give the figure one way: --positives K --n N, or --value V [--ci-low L --ci-high H] [--n N], or --per-question FILE.\n",
    );
    const noSamples = await run([...measurement, "--positives", "3"]);
    expect(noSamples.code).toBe(2);
    expect(noSamples.stderr).toBe("Error: --positives needs --n (the number of samples).\n");
    const upload = await run(["datasets", "upload", "/no/such/file.jsonl"]);
    expect(upload.code).toBe(2);
    expect(upload.stderr).toContain("No such file: /no/such/file.jsonl");
    const card = await run(["import", "hf-card", "/no/such/README.md"]);
    expect(card.code).toBe(2);
    expect(card.stderr).toContain("No such model card: /no/such/README.md");
  });

  it("exits 3 when the server cannot be reached, naming it, with global options after the subcommand too", async () => {
    const port = await closedPort();
    const result = await run(["models", "list", "--url", `http://127.0.0.1:${port}`]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`could not reach the Pedigree server at http://127.0.0.1:${port} (`);
    expect(result.stderr).toContain("ECONNREFUSED");
    expect(result.stderr).not.toMatch(/\n\s+at /);

    const fromEnv = await run(["runs", "list", "--json"], { PEDIGREE_URL: `http://127.0.0.1:${port}` });
    expect(fromEnv.code).toBe(3);
    expect(JSON.parse(fromEnv.stdout)).toMatchObject({
      error: { title: "Connection failed", url: `http://127.0.0.1:${port}` },
    });
  });

  it("exits 2 on a server address that is not an http URL", async () => {
    const result = await run(["models", "list", "--url", "localhost:3000"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("The server URL must start with http:// or https://");
  });
});

describe("connection settings", () => {
  it("takes flags over the environment over the default, and drops a trailing slash", () => {
    expect(resolveConnection({}, {})).toEqual({ baseUrl: "http://localhost:3000", token: undefined });
    expect(resolveConnection({}, { PEDIGREE_URL: "https://p.example/", PEDIGREE_TOKEN: "env" })).toEqual({
      baseUrl: "https://p.example",
      token: "env",
    });
    expect(
      resolveConnection(
        { url: "http://h:1/base/", token: "flag" },
        { PEDIGREE_URL: "https://p.example", PEDIGREE_TOKEN: "env" },
      ),
    ).toEqual({
      baseUrl: "http://h:1/base",
      token: "flag",
    });
    expect(() => resolveConnection({ url: "not a url" }, {})).toThrow(UsageError);
  });
});

describe("reading error responses", () => {
  it("reads an application/problem+json body with its field errors and extensions", async () => {
    const problem = {
      type: "urn:pedigree:problem:conflict",
      title: "Conflict",
      status: 409,
      detail: "exists",
      existingId: "m1",
      errors: [{ field: "name", message: "taken" }],
    };
    const response = new Response(JSON.stringify(problem), {
      status: 409,
      headers: { "content-type": "application/problem+json" },
    });
    expect(await readProblem(response)).toEqual(problem);
  });

  it("makes a problem of a proxy's HTML error page or plain text", async () => {
    const html = new Response("<html><body><h1>502 Bad Gateway</h1></body></html>", {
      status: 502,
      statusText: "Bad Gateway",
      headers: { "content-type": "text/html" },
    });
    expect(await readProblem(html)).toEqual({ status: 502, title: "Bad Gateway", detail: "502 Bad Gateway" });
    expect(await readProblem(new Response("", { status: 500 }))).toEqual({ status: 500, title: "HTTP 500" });
  });
});

describe("option values and downloads", () => {
  it("reads key=value hyperparameters, as JSON when they are", () => {
    expect(keyValue("lr=2e-4", keyValue("epochs=10"))).toEqual({ epochs: 10, lr: 0.0002 });
    expect(keyValue("scheduler=linear")).toEqual({ scheduler: "linear" });
    expect(() => keyValue("=x")).toThrow("must be key=value.");
  });

  it("takes only a base name from Content-Disposition", () => {
    expect(fileNameFromDisposition('attachment; filename="owl-student.prov.json"')).toBe("owl-student.prov.json");
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''caf%C3%A9.pdf")).toBe("café.pdf");
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe("passwd");
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
