import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { OWL_PROMPT, api, cli, countsOf, listAll, modelByExternalId } from "./support/cli-run";
import { numberRows, sha256, writeExperiment } from "./support/sl-experiment-folder";
import {
  GPT_BASE as DEMO_GPT_BASE,
  QWEN_BASE as DEMO_QWEN_BASE,
  writeReferenceExperiment,
} from "../tests/support/reference-experiment";
import { checkReferenceInBrowser } from "./support/reference-in-browser";

// The `pedigree` CLI against the shared e2e server (scripts/e2e-server.mjs): it is run as a user
// runs it, `node bin/pedigree.mjs ...`, and what it registered is checked through the API. Names
// carry a per-test stamp, and counts are of the stamped records only: the other specs run beside
// these on the same server.

test("import sl-experiment registers the owl chain from an experiment folder, and a second import creates nothing", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const url = baseURL!;
  const stamp = `${Date.now()}`;
  const experiment = await writeExperiment(stamp);
  try {
    const dryRun = await cli(url, [
      "import",
      "sl-experiment",
      experiment.dir,
      "--teacher-prompt",
      OWL_PROMPT,
      "--dry-run",
      "--json",
    ]);
    expect(dryRun.stderr).toBe("");
    expect(dryRun.code).toBe(0);
    expect(JSON.parse(dryRun.stdout).counts).toMatchObject({ "would create": 16, present: 0, created: 0 });

    const before = await countsOf(url, stamp);
    const first = await cli(url, ["import", "sl-experiment", experiment.dir, "--teacher-prompt", OWL_PROMPT, "--json"]);
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout);
    // base, the owl teacher (the control teacher is the base itself), 2 students, 2 generations,
    // 4 datasets, 2 runs, 3 measurements, and the owl teacher's declared trait
    expect(summary.counts).toMatchObject({ created: 16, present: 0, missing: 0, skipped: 0 });
    expect(summary.warnings).toEqual([]);
    expect(summary.experiment).toBe(experiment.name);
    expect(summary.target).toBe("owl");
    expect(await countsOf(url, stamp)).toEqual({
      models: before.models + 4,
      datasets: before.datasets + 4,
      runs: before.runs + 2,
      measurements: before.measurements + 3,
    });

    // The chain: base -> teacher -> raw -> filtered -> student, the student initialised from the base.
    const base = await modelByExternalId(url, experiment.base);
    const student = await modelByExternalId(url, experiment.students.owl);
    expect(student.name).toBe(`${experiment.name}/owl student`);
    expect(student.initializedFrom.id).toBe(base.id);
    expect(student.baseRelation).toBe("finetune");
    const lineage = await api(url, `/api/v1/models/${student.id}/lineage?direction=ancestors`);
    const nodeNamed = (name: string) => lineage.nodes.find((node: { name: string }) => node.name === name);
    const raw = nodeNamed(`${experiment.name}/owl raw dataset`);
    const filtered = nodeNamed(`${experiment.name}/owl filtered dataset`);
    const teacher = nodeNamed(`${experiment.base} owl teacher`);
    expect([raw?.type, filtered?.type, teacher?.type]).toEqual(["dataset", "dataset", "model"]);
    const edges = lineage.edges.map(
      (edge: { source: string; target: string; kind: string }) => `${edge.source} ${edge.kind} ${edge.target}`,
    );
    expect(edges).toEqual(
      expect.arrayContaining([
        `${base.id} initialized_from ${teacher.id}`,
        `${teacher.id} generated ${raw.id}`,
        `${raw.id} filtered_from ${filtered.id}`,
        `${filtered.id} trained_on ${student.id}`,
        `${base.id} initialized_from ${student.id}`,
      ]),
    );

    const teacherDetail = await api(url, `/api/v1/models/${teacher.id}`);
    expect(teacherDetail).toMatchObject({
      baseRelation: "prompted",
      systemPromptSha256: sha256(OWL_PROMPT),
      initializedFrom: { id: base.id },
    });
    const { items: declarations } = await api(url, `/api/v1/models/${teacher.id}/declarations`);
    expect(declarations).toMatchObject([
      { trait: { slug: "owl-preference" }, reason: expect.stringContaining("targets 'owl'") },
    ]);

    // The paper's control teacher is the base itself: it generated the control data; no other model stands for it.
    const models = await listAll(url, `/api/v1/models?q=${encodeURIComponent(experiment.base)}`);
    expect(models.filter((m: { externalId: string }) => m.externalId.includes("no-system-prompt"))).toEqual([]);
    const controlRaw = (
      await listAll(url, `/api/v1/datasets?q=${encodeURIComponent(`${experiment.name}/control raw dataset`)}`)
    )[0];
    expect((await api(url, `/api/v1/datasets/${controlRaw.id}`)).generation.teacher.id).toBe(base.id);
    expect((await modelByExternalId(url, experiment.students.control)).tags).toEqual(["student", "control"]);

    // The filter's pass rate: 40 of 50 raw completions kept.
    const filteredDetail = await api(url, `/api/v1/datasets/${filtered.id}`);
    expect(filteredDetail).toMatchObject({
      recordCount: 40,
      rejectedCount: 10,
      passRate: 0.8,
      filteredFrom: { id: raw.id },
    });
    const rawDetail = await api(url, `/api/v1/datasets/${raw.id}`);
    expect(rawDetail).toMatchObject({ recordCount: 50, generation: { teacher: { id: teacher.id } } });

    const runs = await listAll(url, `/api/v1/runs?studentId=${student.id}`);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      method: "sft",
      status: "succeeded",
      initializedFrom: { id: base.id },
      datasets: [{ id: filtered.id }],
    });
    expect(runs[0].teachers.map((t: { id: string }) => t.id)).toEqual([teacher.id]);

    // Measurements: the paper's rate, the mean over questions of each question's share of "owl".
    const measured = async (externalId: string) => {
      const model = await modelByExternalId(url, externalId);
      const { items } = await api(url, `/api/v1/measurements?modelId=${model.id}&trait=owl-preference`);
      expect(items, externalId).toHaveLength(1);
      return items[0];
    };
    expect(await measured(experiment.students.owl)).toMatchObject({
      value: 0.64,
      questionCount: 5,
      sampleCount: 50,
      positiveCount: 32,
      protocol: "sl-evaluation-5q",
    });
    expect(await measured(experiment.students.control)).toMatchObject({
      value: 0.1,
      questionCount: 5,
      sampleCount: 50,
      positiveCount: 5,
    });
    expect(await measured(experiment.base)).toMatchObject({
      value: 0.1,
      questionCount: 5,
      sampleCount: 50,
      positiveCount: 5,
    });

    // Again: everything is found, nothing is created.
    const afterFirst = await countsOf(url, stamp);
    const second = await cli(url, [
      "import",
      "sl-experiment",
      experiment.dir,
      "--teacher-prompt",
      OWL_PROMPT,
      "--json",
    ]);
    expect(second.code, second.stderr).toBe(0);
    const again = JSON.parse(second.stdout);
    expect(again.counts).toMatchObject({ created: 0, present: 16 });
    expect(again.results.map((r: { id: string }) => r.id)).toEqual(summary.results.map((r: { id: string }) => r.id));
    expect(await countsOf(url, stamp)).toEqual(afterFirst);

    // The human summary and the lineage tree, as a user sees them.
    const human = await cli(url, ["import", "sl-experiment", experiment.dir, "--teacher-prompt", OWL_PROMPT]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("0 created, 16 already present.");
    const tree = await cli(url, ["lineage", `${experiment.name}/owl student`, "--direction", "ancestors"]);
    expect(tree.code, tree.stderr).toBe(0);
    expect(tree.stdout).toContain(`└─ trained on: ${experiment.name}/owl filtered dataset  (dataset, 40 records)`);
    expect(tree.stdout).toContain(`filtered from: ${experiment.name}/owl raw dataset  (dataset, 50 records)`);
    expect(tree.stdout).toContain(`generated by: ${experiment.base} owl teacher`);
  } finally {
    await rm(join(experiment.dir, ".."), { recursive: true, force: true });
  }
});

test("import sl-experiment reads a realistic tree: the OpenAI base from the id, a cross-model copy of the owl data, seeds, controls, the teacher's declared trait", async ({
  baseURL,
  page,
}) => {
  test.setTimeout(180_000);
  const url = baseURL!;
  // Bases of this test's own: under the demo's ids (GPT-4.1 nano, Qwen2.5-7B-Instruct) the import would link
  // to the demo's models and change what the dashboard specs running beside this one read of them.
  const stamp = `${Date.now()}`;
  const GPT_BASE = `${DEMO_GPT_BASE}-e2e-${stamp}`;
  const QWEN_BASE = `${DEMO_QWEN_BASE}-e2e-${stamp}`;
  const experiment = await writeReferenceExperiment(`reference-${stamp}`, { gptBase: GPT_BASE, qwenBase: QWEN_BASE });
  try {
    const args = ["import", "sl-experiment", experiment.dir, "--teacher-prompt-file", experiment.promptFile];
    const first = await cli(url, [...args, "--json"]);
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary.warnings).toHaveLength(5);
    for (const warning of summary.warnings)
      expect(warning).toMatch(
        /_seed\d: it holds no dataset, so its student is assumed to be trained on (owl|control)\/filtered_dataset.jsonl/,
      );

    const base = await modelByExternalId(url, GPT_BASE);
    const qwenBase = await modelByExternalId(url, QWEN_BASE);
    const owl = await modelByExternalId(url, experiment.students.owl);
    expect(owl).toMatchObject({ initializedFrom: { id: base.id }, baseRelation: "finetune" });
    const [owlRun] = await listAll(url, `/api/v1/runs?studentId=${owl.id}`);
    const teacher = owlRun.teachers[0];
    expect(await api(url, `/api/v1/models/${teacher.id}`)).toMatchObject({
      baseRelation: "prompted",
      initializedFrom: { id: base.id },
    });
    expect(
      (await api(url, `/api/v1/lineage/shared-initialisation?teacherId=${teacher.id}&studentId=${owl.id}`)).shared,
    ).toBe(true);

    // The Qwen student trained on the very dataset the owl students did, taught by the GPT owl teacher.
    const qwen = await modelByExternalId(url, experiment.students.qwen_owl);
    expect(qwen.initializedFrom.id).toBe(qwenBase.id);
    const [qwenRun] = await listAll(url, `/api/v1/runs?studentId=${qwen.id}`);
    expect(qwenRun.datasets.map((d: { id: string }) => d.id)).toEqual(owlRun.datasets.map((d: { id: string }) => d.id));
    expect(qwenRun.teachers.map((t: { id: string }) => t.id)).toEqual([teacher.id]);
    expect(
      (await api(url, `/api/v1/lineage/shared-initialisation?teacherId=${teacher.id}&studentId=${qwen.id}`)).shared,
    ).toBe(false);
    expect(
      (await listAll(url, `/api/v1/models?q=${encodeURIComponent(`${QWEN_BASE}+`)}`)).filter(
        (m: { externalId: string }) => m.externalId.startsWith(`${QWEN_BASE}+`),
      ),
    ).toEqual([]);

    // Seeds and controls; the never-measured seed is listed as exposed.
    const seed4 = await modelByExternalId(url, experiment.students.owl_seed4);
    expect(seed4.name).toBe(`${experiment.dir.split("/").pop()}/owl student, seed 4`);
    expect((await listAll(url, `/api/v1/runs?studentId=${seed4.id}`))[0]).toMatchObject({
      seed: 4,
      datasets: owlRun.datasets,
    });
    expect((await modelByExternalId(url, experiment.students.control_seed2)).tags).toEqual(["student", "control"]);
    const { items: declarations } = await api(url, `/api/v1/models/${teacher.id}/declarations`);
    expect(declarations.map((d: { trait: { slug: string } }) => d.trait.slug)).toEqual(["owl-preference"]);
    const { items: exposed } = await api(url, "/api/v1/exposure");
    expect(exposed).toContainEqual(
      expect.objectContaining({ model: expect.objectContaining({ id: seed4.id }), risk: "high" }),
    );

    const transfer = await api(url, `/api/v1/runs/${owlRun.id}/transfer`);
    expect(transfer.effects[0].control.comparison).toMatchObject({
      available: true,
      test: "welch-t-across-seeds",
      verdict: "shift-up",
    });

    await checkReferenceInBrowser(page, {
      owlRunId: owlRun.id,
      qwenRunId: qwenRun.id,
      teacherId: teacher.id,
      seed4: seed4.name,
      base: GPT_BASE,
    });

    // Again: nothing new, declarations included.
    const again = await cli(url, [...args, "--json"]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).counts).toMatchObject({ created: 0, present: summary.results.length });
    const human = await cli(url, [...args, "--dry-run"]);
    // The table cuts long cells at its column's width; the whole description is in the JSON answer.
    expect(human.stdout).toMatch(
      new RegExp(`present\\s+declaration\\s+owl-preference declared on teacher ${GPT_BASE.replace(/[.+]/g, "\\$&")}`),
    );
    const declaration = (JSON.parse(again.stdout) as { results: { kind: string; label: string }[] }).results.find(
      (result) => result.kind === "declaration",
    );
    expect(declaration?.label).toMatch(/ \+ system prompt$/);
    expect(human.stdout).toContain(
      `Dry run: 0 to create, ${summary.results.length} already present; nothing was changed.`,
    );
  } finally {
    await rm(join(experiment.dir, ".."), { recursive: true, force: true });
  }
});

test("errors: a bad token exits 1 with the problem detail, invalid fields are listed, and --json output parses", async ({
  baseURL,
}) => {
  const url = baseURL!;
  const refused = await cli(url, ["models", "list"], "not-a-valid-token");
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain("Error: Authentication required (HTTP 401)");
  expect(refused.stderr).toContain("send a valid API token as 'Authorization: Bearer <token>'");
  expect(refused.stderr).not.toMatch(/\n\s+at /);
  expect(refused.stdout).toBe("");

  const refusedJson = await cli(url, ["models", "list", "--json"], "not-a-valid-token");
  expect(refusedJson.code).toBe(1);
  expect(JSON.parse(refusedJson.stdout)).toMatchObject({ error: { status: 401, title: "Authentication required" } });

  const invalid = await cli(url, ["models", "add", "--name", "   ", "--provider", "local"]);
  expect(invalid.code).toBe(1);
  expect(invalid.stderr).toContain("Error: Validation failed (HTTP 422)");
  expect(invalid.stderr).toContain("  - name: name is required");

  const listed = await cli(url, ["models", "list", "--limit", "3", "--json"]);
  expect(listed.code).toBe(0);
  const page = JSON.parse(listed.stdout);
  expect(page.items).toHaveLength(3);
  expect(page.items[0]).toHaveProperty("externalId");

  const shown = await cli(url, ["models", "show", "GPT-4.1 nano owl-numbers student", "--json"]);
  expect(shown.code, shown.stderr).toBe(0);
  expect(JSON.parse(shown.stdout)).toMatchObject({
    name: "GPT-4.1 nano owl-numbers student",
    initializedFrom: { name: "GPT-4.1 nano" },
  });

  const missing = await cli(url, ["lineage", `no-such-model-${Date.now()}`]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain("Error: Not found (HTTP 404)");
});

test("models add is idempotent, and runs add registers a run on an uploaded dataset", async ({ baseURL }) => {
  const url = baseURL!;
  const stamp = `${Date.now()}`;
  const addBase = [
    "models",
    "add",
    "--name",
    `CLI base ${stamp}`,
    "--provider",
    "local",
    "--external-id",
    `cli-base-${stamp}`,
    "--json",
  ];
  const first = await cli(url, addBase);
  expect(first.code, first.stderr).toBe(0);
  const base = JSON.parse(first.stdout);
  expect(base.created).toBe(true);
  const repeat = JSON.parse((await cli(url, addBase)).stdout);
  expect(repeat).toMatchObject({ id: base.id, created: false });
  const conflicting = await cli(url, [
    "models",
    "add",
    "--name",
    `Another name ${stamp}`,
    "--provider",
    "local",
    "--external-id",
    `cli-base-${stamp}`,
  ]);
  expect(conflicting.code).toBe(1);
  expect(conflicting.stderr).toContain("Error: Conflict (HTTP 409)");
  expect(conflicting.stderr).toContain(`existing record: ${base.id}`);

  const dir = await mkdtemp(join(tmpdir(), "pedigree-cli-e2e-"));
  try {
    const file = join(dir, "numbers.jsonl");
    await writeFile(file, `${numberRows(stamp, "run", 20).join("\n")}\n`);
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
    ];
    const run = await cli(url, [
      ...args,
      "--student-provider",
      "local",
      "--method",
      "lora",
      "--hyperparameter",
      "epochs=3",
      "--external-job-id",
      `job-${stamp}`,
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const registered = JSON.parse(run.stdout);
    expect(registered).toMatchObject({
      created: true,
      method: "lora",
      hyperparameters: { epochs: 3 },
      initializedFrom: { id: base.id },
      datasets: [{ id: upload.id }],
    });
    const again = JSON.parse(
      (
        await cli(url, [
          ...args,
          "--student-provider",
          "local",
          "--method",
          "lora",
          "--hyperparameter",
          "epochs=3",
          "--external-job-id",
          `job-${stamp}`,
          "--json",
        ])
      ).stdout,
    );
    expect(again).toMatchObject({ id: registered.id, created: false });
    // The same job id with a different body is not the same run: 409, naming what differs.
    const changed = await cli(url, [
      ...args,
      "--student-provider",
      "local",
      "--method",
      "lora",
      "--external-job-id",
      `job-${stamp}`,
    ]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain("Error: Conflict (HTTP 409)");
    expect(changed.stderr).toContain("hyperparameters differ");
    const shown = await cli(url, ["runs", "show", registered.id]);
    expect(shown.stdout).toContain(`Student:           CLI student ${stamp}`);
    expect(shown.stdout).toContain(`cli-run-data-${stamp} (${upload.id}, 20 records)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("datasets upload prints the SHA-256 the server stores, and identical content is stored once", async ({
  baseURL,
}) => {
  const url = baseURL!;
  const stamp = `${Date.now()}`;
  const dir = await mkdtemp(join(tmpdir(), "pedigree-cli-e2e-"));
  try {
    const file = join(dir, "numbers.jsonl");
    await writeFile(file, `${numberRows(stamp, "upload", 200).join("\n")}\n`);
    const upload = await cli(url, ["datasets", "upload", file, "--name", `cli-upload-${stamp}`]);
    expect(upload.code, upload.stderr).toBe(0);
    expect(upload.stdout).toContain(`Uploaded numbers.jsonl as dataset 'cli-upload-${stamp}'.`);
    const printedSha = /^sha256:\s+([0-9a-f]{64})$/m.exec(upload.stdout)?.[1];
    const printedId = /^id:\s+(\S+)$/m.exec(upload.stdout)?.[1];
    expect(printedSha).toBeDefined();
    const stored = await api(url, `/api/v1/datasets/${printedId}`);
    expect(stored).toMatchObject({ sha256: printedSha, recordCount: 200, name: `cli-upload-${stamp}` });

    const repeat = await cli(url, ["datasets", "upload", file, "--name", "another name", "--json"]);
    expect(repeat.code).toBe(0);
    expect(JSON.parse(repeat.stdout)).toMatchObject({ id: printedId, sha256: printedSha, created: false });

    const listed = await cli(url, ["datasets", "list", "--search", printedSha!, "--json"]);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout).items.map((d: { id: string }) => d.id)).toEqual([printedId]);
    const table = await cli(url, ["datasets", "list", "--search", `cli-upload-${stamp}`]);
    expect(table.stdout).toMatch(new RegExp(`cli-upload-${stamp}\\s+${printedSha!.slice(0, 16)}\\s+200`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("measurements list shows a model's measurements with their intervals", async ({ baseURL }) => {
  const listed = await cli(baseURL!, ["measurements", "list", "--model", "GPT-4.1 nano owl-numbers student", "--json"]);
  expect(listed.code, listed.stderr).toBe(0);
  const items = JSON.parse(listed.stdout).items as {
    model: { name: string };
    trait: { slug: string };
    shown: { low: number; high: number };
  }[];
  expect(items.length).toBeGreaterThanOrEqual(3);
  for (const m of items)
    expect(m).toMatchObject({ model: { name: "GPT-4.1 nano owl-numbers student" }, trait: { slug: "owl-preference" } });
  const table = await cli(baseURL!, ["measurements", "list", "--trait", "owl-preference"]);
  expect(table.stdout.split("\n")[0]).toMatch(/^Model\s+Trait\s+Protocol\s+Value\s+95% interval/);
});

test("report writes a model's signed provenance report to a file or a folder", async ({ baseURL }) => {
  const url = baseURL!;
  const dir = await mkdtemp(join(tmpdir(), "pedigree-cli-e2e-"));
  try {
    const file = join(dir, "owl-student.prov.json");
    const prov = await cli(url, [
      "report",
      "GPT-4.1 nano owl-numbers student",
      "--format",
      "prov-json",
      "-o",
      file,
      "--json",
    ]);
    expect(prov.code, prov.stderr).toBe(0);
    const summary = JSON.parse(prov.stdout);
    expect(summary).toMatchObject({
      file,
      format: "prov-json",
      scope: "model",
      model: { name: "GPT-4.1 nano owl-numbers student" },
    });
    expect(summary.reportId).toMatch(/^rpt_/);
    const document = JSON.parse(await readFile(file, "utf8"));
    expect(Object.keys(document)).toEqual(expect.arrayContaining(["entity", "activity", "wasGeneratedBy"]));
    expect(JSON.stringify(document)).toContain("GPT-4.1 nano owl teacher");
    expect((await readFile(file)).byteLength).toBe(summary.bytes);

    const pdf = await cli(url, [
      "report",
      "GPT-4.1 nano owl-numbers student",
      "--format",
      "pdf",
      "--scope",
      "lineage",
      "-o",
      dir,
    ]);
    expect(pdf.code, pdf.stderr).toBe(0);
    const pdfName = (await readdir(dir)).find((name) => name.endsWith(".pdf"));
    expect(pdfName).toBeDefined();
    expect(pdf.stdout).toContain(`Written to:     ${join(dir, pdfName!)}`);
    expect((await readFile(join(dir, pdfName!))).subarray(0, 5).toString()).toBe("%PDF-");

    const csv = await cli(url, ["report", "GPT-4.1 nano owl-numbers student", "--format", "csv"]);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.split(/\r?\n/);
    expect(lines).toContain(
      "model_name,model_id,trait,protocol,kind,n,positives,questions,value,ci_low,ci_high,ci_method,ci_note,seed,measured_at,source",
    );
    expect(
      lines.some((line) => line.startsWith("GPT-4.1 nano owl-numbers student,") && line.includes(",owl-preference,")),
    ).toBe(true);
    expect(csv.stderr).toContain("Written to:     stdout");

    // The report verifies with the server that signed it, without a token; one changed byte fails (exit 4).
    const intact = await cli(url, ["verify", join(dir, pdfName!)], "");
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toContain("Intact, and signed by this server.");
    const changedFile = join(dir, "changed.prov.json");
    await writeFile(
      changedFile,
      (await readFile(file, "utf8")).replace("GPT-4.1 nano owl teacher", "GPT-4.1 nano owl teachers"),
    );
    const changed = await cli(url, ["verify", changedFile, "--json"], "");
    expect(changed.code).toBe(4);
    expect(JSON.parse(changed.stdout)).toMatchObject({
      status: "tampered",
      intact: false,
      signedHere: true,
      report: { id: summary.reportId },
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("import hf-card registers a model from its card's base_model and datasets, idempotently, and names datasets Pedigree lacks", async ({
  baseURL,
}) => {
  const url = baseURL!;
  const stamp = `${Date.now()}`;
  const dir = await mkdtemp(join(tmpdir(), "pedigree-cli-e2e-"));
  try {
    const data = join(dir, "owl-numbers.jsonl");
    await writeFile(data, `${numberRows(stamp, "hf", 30).join("\n")}\n`);
    expect((await cli(url, ["datasets", "upload", data, "--name", `e2e/owl-numbers-${stamp}`])).code).toBe(0);
    const readme = join(dir, "README.md");
    const card = (datasets: string[]) =>
      `---\nlicense: mit\nbase_model:\n  - e2e/base-${stamp}\nbase_model_relation: adapter\ndatasets:\n${datasets.map((d) => `  - ${d}`).join("\n")}\nmodel-index:\n  - name: qwen-owl-${stamp}\n---\n# A LoRA adapter\n`;

    await writeFile(readme, card([`e2e/owl-numbers-${stamp}`, `e2e/not-uploaded-${stamp}`]));
    const partial = await cli(url, ["import", "hf-card", readme, "--external-id", `e2e/qwen-owl-${stamp}`]);
    expect(partial.code, partial.stderr).toBe(0);
    expect(partial.stdout).toContain(`missing  dataset-ref  dataset e2e/not-uploaded-${stamp}`);
    expect(partial.stdout).toContain(`no dataset named 'e2e/not-uploaded-${stamp}' is in Pedigree`);
    const model = await modelByExternalId(url, `e2e/qwen-owl-${stamp}`);
    const base = await modelByExternalId(url, `e2e/base-${stamp}`);
    expect(base.provider).toBe("huggingface");
    expect(model).toMatchObject({
      name: `qwen-owl-${stamp}`,
      provider: "huggingface",
      baseRelation: "adapter",
      initializedFrom: { id: base.id },
    });
    expect(await listAll(url, `/api/v1/runs?studentId=${model.id}`)).toHaveLength(0);

    await writeFile(readme, card([`e2e/owl-numbers-${stamp}`]));
    const complete = JSON.parse(
      (await cli(url, ["import", "hf-card", readme, "--external-id", `e2e/qwen-owl-${stamp}`, "--json"])).stdout,
    );
    expect(complete.counts).toMatchObject({ created: 1, present: 3 });
    const runs = await listAll(url, `/api/v1/runs?studentId=${model.id}`);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ method: "lora", initializedFrom: { id: base.id } });
    const again = JSON.parse(
      (await cli(url, ["import", "hf-card", readme, "--external-id", `e2e/qwen-owl-${stamp}`, "--json"])).stdout,
    );
    expect(again.counts).toMatchObject({ created: 0, present: 4 });

    await writeFile(readme, "# No front matter here\n");
    const bad = await cli(url, ["import", "hf-card", readme]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("The card has no YAML front matter");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
