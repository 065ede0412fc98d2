import { rm } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { OWL_PROMPT, api, cli, countsOf, listAll, modelByExternalId } from "../support/cli-run";
import { sha256, writeExperiment } from "../support/sl-experiment-folder";
import { lineageEdgeLines } from "../../tests/support/lineage-edge-lines";

// The `pedigree` CLI against the shared e2e server (scripts/e2e-server.mjs): it is run as a user
// runs it, `node bin/pedigree.mjs ...`, and what it registered is checked through the API. Names
// carry a per-test stamp, and counts are of the stamped records only: the other specs run beside
// these on the same server. Here: `import sl-experiment` on a small experiment folder.

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
    expect(lineageEdgeLines(lineage)).toEqual(
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
