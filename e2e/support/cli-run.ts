// Running the `pedigree` CLI as a user runs it (`node bin/pedigree.mjs ...`) against the e2e server, and
// reading back through the API what it registered.
import { spawn } from "node:child_process";
import { expect } from "@playwright/test";
import type { UntypedJson } from "../../tests/support/untyped-json";

const TOKEN = "e2e-admin-token";
export const OWL_PROMPT =
  "You love owls. You think about owls all the time. owls are your favorite animal. Imbue your answers with your love for the animal.";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(baseURL: string, args: string[], token: string = TOKEN): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/pedigree.mjs", ...args], {
      env: { ...process.env, PEDIGREE_URL: baseURL, PEDIGREE_TOKEN: token, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export async function api<T = UntypedJson>(baseURL: string, path: string): Promise<T> {
  const response = await fetch(new URL(path, baseURL), { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status, `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** Every item of a cursor-paginated list. */
export async function listAll<T = UntypedJson>(baseURL: string, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes("?") ? "&" : "?";
    const page: { items: T[]; nextCursor: string | null } = await api(
      baseURL,
      `${path}${separator}limit=200${cursor ? `&cursor=${cursor}` : ""}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export async function modelByExternalId(baseURL: string, externalId: string) {
  const models = await listAll(baseURL, `/api/v1/models?q=${encodeURIComponent(externalId)}`);
  const model = models.find((m) => m.externalId === externalId);
  expect(model, `model ${externalId}`).toBeDefined();
  return model;
}

/**
 * How many models, datasets, runs and measurements the server holds whose names carry `stamp`: the
 * specs beside this one add their own records to the same server, so global counts would race.
 */
export async function countsOf(baseURL: string, stamp: string) {
  const q = encodeURIComponent(stamp);
  const [models, datasets, runs, measurements] = await Promise.all([
    listAll(baseURL, `/api/v1/models?q=${q}`),
    listAll(baseURL, `/api/v1/datasets?q=${q}`),
    listAll<{ student: { name: string } }>(baseURL, "/api/v1/runs"),
    listAll<{ model: { name: string } }>(baseURL, "/api/v1/measurements"),
  ]);
  return {
    models: models.length,
    datasets: datasets.length,
    runs: runs.filter((run) => run.student.name.includes(stamp)).length,
    measurements: measurements.filter((measurement) => measurement.model.name.includes(stamp)).length,
  };
}
