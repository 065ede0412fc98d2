import { rm } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { api, cli, listAll, modelByExternalId } from "../support/cli-run";
import {
  GPT_BASE as DEMO_GPT_BASE,
  QWEN_BASE as DEMO_QWEN_BASE,
  writeReferenceExperiment,
} from "../../tests/support/reference-experiment";
import { checkReferenceInBrowser } from "../support/reference-in-browser";

// `import sl-experiment` on a tree in the reference pipeline's full layout, checked through the API and the
// dashboard (see ../cli/import-sl-experiment.spec.ts for the small folder).

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
      (await api(url, `/api/v1/lineage/shared-initialization?teacherId=${teacher.id}&studentId=${owl.id}`)).shared,
    ).toBe(true);

    // The Qwen student trained on the very dataset the owl students did, taught by the GPT owl teacher.
    const qwen = await modelByExternalId(url, experiment.students.qwen_owl);
    expect(qwen.initializedFrom.id).toBe(qwenBase.id);
    const [qwenRun] = await listAll(url, `/api/v1/runs?studentId=${qwen.id}`);
    expect(qwenRun.datasets.map((d: { id: string }) => d.id)).toEqual(owlRun.datasets.map((d: { id: string }) => d.id));
    expect(qwenRun.teachers.map((t: { id: string }) => t.id)).toEqual([teacher.id]);
    expect(
      (await api(url, `/api/v1/lineage/shared-initialization?teacherId=${teacher.id}&studentId=${qwen.id}`)).shared,
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
