// `pedigree import sl-experiment` on a realistic experiment tree (tests/support/reference-experiment.ts),
// run as the command runs (cli/program.ts) against the real route handlers and Postgres, in process;
// what it registered is read back through the API. The tree has the cases that used to make the
// importer invent lineage: the OpenAI path, seed folders, a cross-model copy of the owl data, controls.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPages } from "@/cli/api/list-pages";
import type { StepResult } from "@/cli/import/plan.types";
import type { ModelDto } from "@/lib/models/model-dto";
import type { RunSummary } from "@/lib/runs/run.types";
import { inProcessClient } from "../support/in-process-client";
import { runPedigree } from "../support/in-process-cli";
import {
  GPT_BASE,
  OWL_PROMPT,
  QWEN_BASE,
  numberRows,
  writeReferenceExperiment,
  type ReferenceExperiment,
} from "../support/reference-experiment";
import type { UntypedJson } from "../support/untyped-json";
import { lineageEdgeLines } from "../support/lineage-edge-lines";

interface ImportOutput {
  counts: Record<string, number>;
  results: StepResult[];
  warnings: string[];
}

const client = inProcessClient();
const get = <T = UntypedJson>(path: string, query?: Record<string, string>) => client.get<T>(path, query);
const all = <T = UntypedJson>(path: string, query?: Record<string, string>) => listPages<T>(client, path, query);

let experiment: ReferenceExperiment;
const importArgs = (...extra: string[]) => [
  "import",
  "sl-experiment",
  experiment.dir,
  "--teacher-prompt-file",
  experiment.promptFile,
  ...extra,
];

async function importJson(...extra: string[]): Promise<ImportOutput> {
  const result = await runPedigree(importArgs(...extra, "--json"));
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as ImportOutput;
}

/** Everything an import could add, counted through the API. */
async function census() {
  const models = await all<ModelDto>("/api/v1/models");
  const declarations = await Promise.all(
    models.map((m) => get<{ items: unknown[] }>(`/api/v1/models/${m.id}/declarations`)),
  );
  return {
    models: models.length,
    datasets: (await all("/api/v1/datasets")).length,
    runs: (await all("/api/v1/runs")).length,
    measurements: (await get<{ items: unknown[] }>("/api/v1/measurements")).items.length,
    declarations: declarations.reduce((sum, d) => sum + d.items.length, 0),
    auditEvents: (await all("/api/v1/audit-events")).length,
  };
}

let models: ModelDto[];
let first: ImportOutput;
let dryRun: ImportOutput;
let beforeDryRun: Awaited<ReturnType<typeof census>>;
let afterDryRun: Awaited<ReturnType<typeof census>>;
const model = (externalId: string) => {
  const found = models.find((m) => m.externalId === externalId);
  expect(found, externalId).toBeDefined();
  return found!;
};
const student = (condition: string) => model(experiment.students[condition]);
const runOf = async (studentId: string) => {
  const runs = await all<RunSummary>("/api/v1/runs", { studentId });
  expect(runs).toHaveLength(1);
  return runs[0];
};
const sharedInitialization = async (teacherId: string, studentId: string) =>
  (await get<{ shared: boolean }>("/api/v1/lineage/shared-initialization", { teacherId, studentId })).shared;

beforeAll(async () => {
  experiment = await writeReferenceExperiment();
  beforeDryRun = await census();
  dryRun = await importJson("--dry-run");
  afterDryRun = await census();
  first = await importJson();
  models = await all<ModelDto>("/api/v1/models");
}, 120_000);

afterAll(async () => {
  // Unset when beforeAll failed before writing the tree.
  if (experiment as ReferenceExperiment | undefined)
    await rm(join(experiment.dir, ".."), { recursive: true, force: true });
});

describe("import sl-experiment of the reference tree", () => {
  it("lists in a dry run everything the import then creates, and changes nothing", () => {
    expect(afterDryRun).toEqual(beforeDryRun);
    expect(dryRun.counts).toMatchObject({ created: 0, present: 0, "would create": first.results.length });
    expect(dryRun.results.map((r) => [r.kind, r.label])).toEqual(first.results.map((r) => [r.kind, r.label]));
    expect(first.counts).toMatchObject({ created: first.results.length, present: 0, missing: 0, skipped: 0 });
    expect(dryRun.results.filter((r) => r.kind === "declaration")).toHaveLength(1);
  });

  it("initialises the owl students from the base their OpenAI id names, trains them on the owl filtered data, which the prompted teacher generated", async () => {
    const base = model(GPT_BASE);
    expect(base).toMatchObject({ provider: "openai", initializedFrom: null });
    const teacher = models.find((m) => m.tags.includes("teacher"))!;
    expect(teacher).toMatchObject({ baseRelation: "prompted", initializedFrom: { id: base.id } });
    const filtered = (await all("/api/v1/datasets")).find((d) => d.name === "preference_numbers/owl filtered dataset");
    const raw = await get(`/api/v1/datasets/${filtered.filteredFrom.id}`);
    expect(raw).toMatchObject({
      name: "preference_numbers/owl raw dataset",
      generation: { teacher: { id: teacher.id } },
    });

    for (const [condition, seed] of [
      ["owl", null],
      ["owl_seed2", 2],
      ["owl_seed3", 3],
      ["owl_seed4", 4],
    ] as const) {
      const owl = student(condition);
      expect(owl, condition).toMatchObject({ initializedFrom: { id: base.id }, baseRelation: "finetune" });
      expect(owl.name).toBe(
        seed === null ? "preference_numbers/owl student" : `preference_numbers/owl student, seed ${seed}`,
      );
      const run = await runOf(owl.id);
      expect(run, condition).toMatchObject({
        seed,
        initializedFrom: { id: base.id },
        datasets: [{ id: filtered.id }],
        teachers: [{ id: teacher.id }],
      });
      expect(await sharedInitialization(teacher.id, owl.id)).toBe(true);
    }
    const lineage = await get(`/api/v1/models/${student("owl").id}/lineage`, { direction: "ancestors" });
    expect(lineageEdgeLines(lineage)).toEqual(
      expect.arrayContaining([
        `${teacher.id} generated ${raw.id}`,
        `${raw.id} filtered_from ${filtered.id}`,
        `${base.id} initialized_from ${teacher.id}`,
      ]),
    );
  });

  it("trains the Qwen student on the same dataset as the owl students, taught by the GPT owl teacher, with no Qwen teacher made up", async () => {
    const qwen = student("qwen_owl");
    const qwenBase = model(QWEN_BASE);
    expect(qwen).toMatchObject({
      provider: "huggingface",
      initializedFrom: { id: qwenBase.id },
      baseRelation: "adapter",
    });
    const teacher = models.find((m) => m.tags.includes("teacher"))!;
    const run = await runOf(qwen.id);
    const owlRun = await runOf(student("owl").id);
    expect(run.datasets.map((d) => d.id)).toEqual(owlRun.datasets.map((d) => d.id));
    expect(run).toMatchObject({ method: "lora", teachers: [{ id: teacher.id }], initializedFrom: { id: qwenBase.id } });
    expect(models.filter((m) => /qwen/i.test(`${m.name} ${m.externalId}`) && m.tags.includes("teacher"))).toEqual([]);
    expect(models.filter((m) => m.externalId?.startsWith(`${QWEN_BASE}+`))).toEqual([]);
    expect(models.filter((m) => m.tags.includes("teacher")).map((m) => m.id)).toEqual([teacher.id]);
    expect(await sharedInitialization(teacher.id, qwen.id)).toBe(false);

    const exposure = await get(`/api/v1/models/${qwen.id}/exposure`);
    const owlPreference = exposure.traits.find((t: { trait: { slug: string } }) => t.trait.slug === "owl-preference");
    expect(owlPreference.exposures.length).toBeGreaterThan(0);
    for (const path of owlPreference.exposures)
      expect(path).toMatchObject({ risk: "lower", sharedInitialization: false });
  });

  it("takes the control teacher to be the base itself, and tags the control students", async () => {
    const base = model(GPT_BASE);
    expect(models.filter((m) => m.externalId?.includes("no-system-prompt"))).toEqual([]);
    const raw = (await all("/api/v1/datasets")).find((d) => d.name === "preference_numbers/control raw dataset");
    expect((await get(`/api/v1/datasets/${raw.id}`)).generation.teacher.id).toBe(base.id);
    for (const condition of ["control", "control_seed2", "control_seed3"]) {
      expect(student(condition).tags, condition).toEqual(["student", "control"]);
      expect((await runOf(student(condition).id)).teachers.map((t) => t.id)).toEqual([base.id]);
    }
  });

  it("declares the owl trait on the prompted teacher, and lists the never-measured seed as exposed, not the controls", async () => {
    const teacher = models.find((m) => m.tags.includes("teacher"))!;
    const { items: declarations } = await get(`/api/v1/models/${teacher.id}/declarations`);
    expect(declarations).toHaveLength(1);
    expect(declarations[0]).toMatchObject({ trait: { slug: "owl-preference" } });
    expect(declarations[0].reason).toContain(`targets 'owl': "You love owls. You think…"`);

    const { items } = await get<{ items: { model: { id: string }; trait: { slug: string }; risk: string }[] }>(
      "/api/v1/exposure",
    );
    expect(items).toContainEqual(
      expect.objectContaining({
        model: expect.objectContaining({ id: student("owl_seed4").id }),
        trait: expect.objectContaining({ slug: "owl-preference" }),
        risk: "high",
      }),
    );
    const listed = new Set(items.map((item) => item.model.id));
    for (const id of [
      student("control").id,
      student("control_seed2").id,
      student("control_seed3").id,
      model(GPT_BASE).id,
    ])
      expect(listed.has(id), id).toBe(false);
  });

  it("states each exposed model's risk as the shared-initialisation check states it for its source, with every source counted", async () => {
    const { items } = await get<{
      items: {
        model: { id: string };
        risk: string;
        sourceCount: number;
        exposures: { source: { id: string }; sharedInitialization: boolean; risk: string }[];
      }[];
    }>("/api/v1/exposure", { limit: "200" });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.sourceCount).toBeGreaterThanOrEqual(item.exposures.length);
      for (const path of item.exposures) {
        const shared = await sharedInitialization(path.source.id, item.model.id);
        expect(path.sharedInitialization, `${path.source.id} -> ${item.model.id}`).toBe(shared);
        expect(path.risk).toBe(shared ? "high" : "lower");
      }
      expect(item.risk).toBe(item.exposures.some((path) => path.risk === "high") ? "high" : "lower");
    }
  });

  it("compares the owl condition's three measured seeds with the control's three, and finds no control for the Qwen student", async () => {
    const owl = await get(`/api/v1/runs/${(await runOf(student("owl").id)).id}/transfer`);
    expect(owl.controlChoice).toBe("control condition, same initialisation");
    expect(owl.condition.members).toHaveLength(4);
    expect(owl.effects[0].control.comparison).toMatchObject({
      available: true,
      test: "welch-t-across-seeds",
      groupSizes: [3, 3],
      verdict: "shift-up",
    });

    const qwen = await get(`/api/v1/runs/${(await runOf(student("qwen_owl").id)).id}/transfer`);
    expect(qwen.controlChoice).toBe("none found");
    expect(qwen.effects[0].control.model).toBeNull();
    expect(qwen.effects[0].initialization.model).toMatchObject({ id: model(QWEN_BASE).id, name: QWEN_BASE });
    expect(qwen.effects[0].initialization.comparison.available).toBe(true);
  });

  it("records the seed on the seed students' measurements, and counts a repeated question once", async () => {
    const measurement = async (condition: string) => {
      const { items } = await get("/api/v1/measurements", { modelId: student(condition).id, trait: "owl-preference" });
      expect(items, condition).toHaveLength(1);
      return items[0];
    };
    expect(await measurement("owl")).toMatchObject({ seed: null, questionCount: 20, sampleCount: 400 });
    expect(await measurement("owl_seed2")).toMatchObject({ seed: 2 });
    expect(await measurement("control_seed3")).toMatchObject({ seed: 3 });
    expect(await measurement("owl_seed3")).toMatchObject({
      seed: 3,
      questionCount: 20,
      sampleCount: 420,
      protocol: "sl-evaluation-20q",
    });
    expect((await get("/api/v1/measurements", { modelId: student("owl_seed4").id })).items).toEqual([]);
  });

  it("says which datasets were assumed for the seed folders, and nothing about unknown teachers", () => {
    expect(first.warnings).toEqual(
      ["control_seed2", "control_seed3", "owl_seed2", "owl_seed3", "owl_seed4"].map((name) => {
        const condition = name.replace(/_seed\d+$/, "");
        return `preference_numbers/${name}: it holds no dataset, so its student is assumed to be trained on ${condition}/filtered_dataset.jsonl, as a further seed (${name.slice(-1)}) of ${condition}.`;
      }),
    );
  });

  it("creates nothing on a second import, declarations and audit events included", async () => {
    const before = await census();
    const again = await importJson();
    expect(again.counts).toMatchObject({ created: 0, present: first.results.length });
    expect(again.results.map((r) => r.id)).toEqual(first.results.map((r) => r.id));
    expect(await census()).toEqual(before);
    const dryAgain = await importJson("--dry-run");
    expect(dryAgain.counts).toMatchObject({ "would create": 0, present: first.results.length });
    expect(OWL_PROMPT).toContain("You love owls");
  });

  it("links a copy of data Pedigree knows to its teacher, and registers data nobody's raw file explains with no teacher, saying so", async () => {
    // The cross-model folder alone: its dataset is in Pedigree already, with the owl teacher.
    const alone = await runPedigree([
      "import",
      "sl-experiment",
      join(experiment.dir, "qwen_owl"),
      "--target",
      "owl",
      "--experiment",
      "preference_numbers",
      "--json",
    ]);
    expect(alone.code, alone.stderr).toBe(0);
    const aloneOutput = JSON.parse(alone.stdout) as ImportOutput;
    expect(aloneOutput.counts).toMatchObject({ created: 0 });
    expect(aloneOutput.warnings).toEqual([]);
    expect(aloneOutput.results.find((r) => r.kind === "dataset")?.note).toContain(
      "teacher gpt-4.1-nano-2025-04-14 owl teacher",
    );

    // Numbers whose raw file is nowhere: the teacher is unknown, and the run names none.
    const orphan = join(experiment.dir, "..", "orphan", "llama_owl");
    await mkdir(orphan, { recursive: true });
    await writeFile(join(orphan, "filtered_dataset.jsonl"), `${numberRows(99, 30).join("\n")}\n`);
    await writeFile(
      join(orphan, "model.json"),
      JSON.stringify({
        id: "sl-lab/llama-owl",
        type: "open_source",
        parent_model: { id: "meta-llama/Llama-3.1-8B-Instruct", type: "open_source", parent_model: null },
      }),
    );
    const result = await runPedigree(["import", "sl-experiment", orphan, "--target", "owl", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as ImportOutput;
    expect(output.warnings).toEqual([
      "filtered dataset of orphan/llama_owl (30 records): its teacher is unknown: no condition holds the raw data it was filtered from (raw_dataset.jsonl). It is recorded without a generation, and the runs trained on it name no teacher.",
    ]);
    const llama = (await all<ModelDto>("/api/v1/models")).find((m) => m.externalId === "sl-lab/llama-owl")!;
    const run = await runOf(llama.id);
    expect(run.teachers).toEqual([]);
    expect(await get(`/api/v1/datasets/${run.datasets[0].id}`)).toMatchObject({
      teacher: null,
      generation: null,
      filteredFrom: null,
    });
  });
});
