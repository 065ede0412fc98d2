import { expect, test } from "@playwright/test";
import { cli } from "../support/cli-run";
import { writeNumberRows } from "../support/sl-experiment-folder";
import { withTempDir } from "../support/temp-dir";

// `models add` and `runs add`: idempotent registration, and 409 for a different body under the same key.

test("models add is idempotent, and runs add registers a run on an uploaded dataset", async ({ baseURL }) => {
  const url = baseURL!;
  const stamp = `${Date.now()}`;
  const addModel = (name: string) => [
    "models",
    "add",
    "--name",
    name,
    "--provider",
    "local",
    "--external-id",
    `cli-base-${stamp}`,
  ];
  const addBase = [...addModel(`CLI base ${stamp}`), "--json"];
  const first = await cli(url, addBase);
  expect(first.code, first.stderr).toBe(0);
  const base = JSON.parse(first.stdout);
  expect(base.created).toBe(true);
  const repeat = JSON.parse((await cli(url, addBase)).stdout);
  expect(repeat).toMatchObject({ id: base.id, created: false });
  const conflicting = await cli(url, addModel(`Another name ${stamp}`));
  expect(conflicting.code).toBe(1);
  expect(conflicting.stderr).toContain("Error: Conflict (HTTP 409)");
  expect(conflicting.stderr).toContain(`existing record: ${base.id}`);

  await withTempDir(async (dir) => {
    const file = await writeNumberRows(dir, "numbers.jsonl", { stamp, condition: "run", count: 20 });
    const upload = JSON.parse(
      (await cli(url, ["datasets", "upload", file, "--name", `cli-run-data-${stamp}`, "--json"])).stdout,
    );
    const args = [
      "runs",
      "add",
      "--dataset",
      upload.sha256,
      "--initialized-from",
      `cli-base-${stamp}`,
      "--student-name",
      `CLI student ${stamp}`,
      "--student-provider",
      "local",
      "--method",
      "lora",
    ];
    const job = ["--external-job-id", `job-${stamp}`];
    const withEpochs = [...args, "--hyperparameter", "epochs=3", ...job, "--json"];
    const run = await cli(url, withEpochs);
    expect(run.code, run.stderr).toBe(0);
    const registered = JSON.parse(run.stdout);
    expect(registered).toMatchObject({
      created: true,
      method: "lora",
      hyperparameters: { epochs: 3 },
      initializedFrom: { id: base.id },
      datasets: [{ id: upload.id }],
    });
    const again = JSON.parse((await cli(url, withEpochs)).stdout);
    expect(again).toMatchObject({ id: registered.id, created: false });
    // The same job id with a different body is not the same run: 409, naming what differs.
    const changed = await cli(url, [...args, ...job]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain("Error: Conflict (HTTP 409)");
    expect(changed.stderr).toContain("hyperparameters differ");
    const shown = await cli(url, ["runs", "show", registered.id]);
    expect(shown.stdout).toContain(`Student:           CLI student ${stamp}`);
    expect(shown.stdout).toContain(`cli-run-data-${stamp} (${upload.id}, 20 records)`);
  });
});
