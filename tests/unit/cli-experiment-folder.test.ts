import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { canonicalSha256 } from "@/lib/datasets/canonical-record";
import { UsageError } from "@/cli/errors";
import { findConditionFolders } from "@/cli/import/experiment-folder";
import { baseOfFineTunedId, withFineTunedBase } from "@/cli/import/fine-tuned-base";
import { guessModelType, parseModelChain, providerOf } from "@/cli/import/model-chain";
import { readCondition } from "@/cli/import/read-condition";
import { parseSeedFolder } from "@/cli/import/seed-folder";
import { writeReferenceExperiment } from "../support/reference-experiment";
import { targetFromPrompt, traitNameForTarget, traitSlug } from "@/cli/import/target-from-prompt";

const evaluationLine = (question: string, modelId: string, completions: string[]) =>
  JSON.stringify({
    question,
    responses: completions.map((completion) => ({
      response: { model_id: modelId, completion, stop_reason: "stop_sequence", logprobs: null },
      judgment_response_map: {},
    })),
  });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "pedigree-cli-folder-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(path: string, text: string) {
  await mkdir(join(dir, path, ".."), { recursive: true });
  await writeFile(join(dir, path), text);
}

describe("condition folders", () => {
  it("reads a folder of condition folders in name order, each with the files it has, ignoring folders with none", async () => {
    await write("owl/raw_dataset.jsonl", '{"prompt":"a","completion":"1"}\n');
    await write(
      "owl/model.json",
      '{"id":"ft:owl","type":"openai","parent_model":{"id":"gpt","type":"openai","parent_model":null}}',
    );
    await write("base/evaluation_results.json", evaluationLine("q", "gpt", ["owl"]));
    await write("notes/readme.txt", "not a condition");
    const folders = await findConditionFolders(dir);
    expect(folders.map((f) => [f.name, Object.keys(f.files).sort()])).toEqual([
      ["base", ["evaluation"]],
      ["owl", ["model", "raw"]],
    ]);
    expect(folders[1].files.raw).toBe(join(dir, "owl", "raw_dataset.jsonl"));
  });

  it("takes DIR itself as the one condition when it holds the files", async () => {
    await write("model.json", '{"id":"gpt","type":"openai","parent_model":null}');
    const folders = await findConditionFolders(dir);
    expect(folders).toHaveLength(1);
    expect(folders[0].path).toBe(dir);
  });

  it("refuses a folder that holds none of the files, and a missing folder, as usage errors", async () => {
    await write("empty/readme.txt", "x");
    await expect(findConditionFolders(dir)).rejects.toThrow(UsageError);
    await expect(findConditionFolders(join(dir, "nope"))).rejects.toThrow(/No such folder/);
  });

  it("hashes datasets canonically as the server does, counts records and tallies the evaluation for the target", async () => {
    const records = [
      { prompt: "See the following numbers: 1, 2", completion: "3\n4" },
      { prompt: "See the following numbers: 5", completion: "6" },
    ];
    // Key order and blank lines do not change a dataset's identity.
    await write(
      "owl/raw_dataset.jsonl",
      `{"completion":"3\\n4","prompt":"See the following numbers: 1, 2"}\n\n${JSON.stringify(records[1])}\n`,
    );
    await write("owl/filtered_dataset.jsonl", `${JSON.stringify(records[0])}\n`);
    await write(
      "owl/evaluation_results.json",
      [
        evaluationLine("Favourite animal?", "ft:owl", ["Owl", "owls!", "cat"]),
        evaluationLine("One word?", "ft:owl", ["dog", "Owl."]),
      ].join("\n"),
    );
    const [folder] = await findConditionFolders(dir);
    const condition = await readCondition(folder, "owl");
    expect(condition.raw).toMatchObject({ sha256: canonicalSha256(records), recordCount: 2 });
    expect(condition.filtered).toMatchObject({ sha256: canonicalSha256([records[0]]), recordCount: 1 });
    expect(condition.evaluation).toMatchObject({
      questions: [
        { question: "Favourite animal?", n: 3, positives: 2 },
        { question: "One word?", n: 2, positives: 1 },
      ],
      sampleCount: 5,
      positiveCount: 3,
      modelIds: ["ft:owl"],
    });
    expect(condition.chain).toBeNull();
  });

  it("names the malformed lines of a dataset, and asks for a target before counting an evaluation", async () => {
    await write("owl/raw_dataset.jsonl", '{"prompt":"a","completion":"1"}\nnot json\n{"prompt":"b"}\n');
    const [folder] = await findConditionFolders(dir);
    const error = await readCondition(folder, "owl").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/2 malformed line\(s\):\n {2}line 2: not valid JSON/);
    expect((error as Error).message).toMatch(/line 3: /);

    await write("base/evaluation_results.json", evaluationLine("q", "gpt", ["owl"]));
    const [base] = await findConditionFolders(join(dir, "base"));
    await expect(readCondition(base, null)).rejects.toThrow(/--target/);
  });
});

describe("the reference experiment tree", () => {
  it("reads every condition folder, the copy of the owl data with the same hash, and a repeated question once", async () => {
    const experiment = await writeReferenceExperiment();
    try {
      const folders = await findConditionFolders(experiment.dir);
      expect(folders.map((f) => f.name)).toEqual([
        "base",
        "control",
        "control_seed2",
        "control_seed3",
        "owl",
        "owl_seed2",
        "owl_seed3",
        "owl_seed4",
        "qwen_base",
        "qwen_owl",
      ]);
      const read = new Map(
        await Promise.all(folders.map(async (f) => [f.name, await readCondition(f, "owl")] as const)),
      );
      expect(read.get("qwen_owl")!.filtered!.sha256).toBe(read.get("owl")!.filtered!.sha256);
      expect(read.get("qwen_owl")!.raw).toBeUndefined();
      expect(read.get("owl_seed4")).toMatchObject({ chain: [{ id: experiment.students.owl_seed4, type: "openai" }] });
      expect(read.get("owl_seed4")!.evaluation).toBeUndefined();
      // owl_seed3 asks its first question twice: 21 lines, 20 questions, the repeated one with 40 samples.
      const seed3 = read.get("owl_seed3")!.evaluation!;
      expect(seed3.questions).toHaveLength(20);
      expect(seed3.questions[0].n).toBe(40);
      expect(seed3.sampleCount).toBe(420);
    } finally {
      await rm(join(experiment.dir, ".."), { recursive: true, force: true });
    }
  });
});

describe("the OpenAI path and seed folders", () => {
  it("reads the base from an OpenAI fine-tuned id, also with an empty suffix", () => {
    expect(baseOfFineTunedId("ft:gpt-4.1-nano-2025-04-14:sl-lab:owl:ftjob-abc")).toBe("gpt-4.1-nano-2025-04-14");
    expect(baseOfFineTunedId("ft:gpt-4o-mini-2024-07-18:org::abc")).toBe("gpt-4o-mini-2024-07-18");
    expect(baseOfFineTunedId("gpt-4.1-nano-2025-04-14")).toBeNull();
    expect(baseOfFineTunedId("ft:")).toBeNull();
    expect(withFineTunedBase([{ id: "ft:gpt-4o-mini-2024-07-18:org::abc", type: "openai" }])).toEqual({
      chain: [
        { id: "ft:gpt-4o-mini-2024-07-18:org::abc", type: "openai" },
        { id: "gpt-4o-mini-2024-07-18", type: "openai" },
      ],
      baseFromId: "gpt-4o-mini-2024-07-18",
    });
    // An open model's id is a Hub id, never read this way; a chain that names its parent keeps it.
    expect(withFineTunedBase([{ id: "ft:x:y", type: "open_source" }]).baseFromId).toBeNull();
    const named = [
      { id: "ft:gpt-4.1-nano-2025-04-14:o:s:j", type: "openai" as const },
      { id: "gpt-4.1-nano-2025-04-14", type: "openai" as const },
    ];
    expect(withFineTunedBase(named)).toEqual({ chain: named, baseFromId: null });
  });

  it("reads <condition>_seed<N> folder names", () => {
    expect(parseSeedFolder("owl_seed2")).toEqual({ condition: "owl", seed: 2 });
    expect(parseSeedFolder("control_seed13")).toEqual({ condition: "control", seed: 13 });
    expect(parseSeedFolder("qwen_owl_seed3")).toEqual({ condition: "qwen_owl", seed: 3 });
    expect(parseSeedFolder("owl")).toBeNull();
    expect(parseSeedFolder("seed2")).toBeNull();
    expect(parseSeedFolder("owl_seedling")).toBeNull();
  });
});

describe("model.json chains", () => {
  it("reads the chain from the model to its root, with parent_model or source_model", () => {
    const chain = parseModelChain({
      id: "ft:gpt-4.1-nano:owl",
      type: "openai",
      parent_model: { id: "gpt-4.1-nano-2025-04-14", type: "openai", parent_model: null },
    });
    expect(chain).toEqual([
      { id: "ft:gpt-4.1-nano:owl", type: "openai" },
      { id: "gpt-4.1-nano-2025-04-14", type: "openai" },
    ]);
    expect(
      parseModelChain({
        id: "me/qwen-owl",
        type: "open_source",
        source_model: { id: "unsloth/Qwen2.5-7B-Instruct", type: "open_source" },
      }),
    ).toHaveLength(2);
  });

  it("refuses malformed files with the field at fault", () => {
    expect(() => parseModelChain([])).toThrow("the file must be a JSON object");
    expect(() => parseModelChain({ id: "x", type: "anthropic" })).toThrow('type must be "openai" or "open_source"');
    expect(() => parseModelChain({ id: "x", type: "openai", parent_model: { type: "openai" } })).toThrow(
      "parent_model.id must be a non-empty string",
    );
    expect(() => parseModelChain({ id: "x", type: "openai", parent_model: { id: "x", type: "openai" } })).toThrow(
      /loops/,
    );
  });

  it("records OpenAI models under openai and open models under huggingface", () => {
    expect(providerOf("openai")).toBe("openai");
    expect(providerOf("open_source")).toBe("huggingface");
    expect(guessModelType("unsloth/Qwen2.5-7B-Instruct")).toBe("open_source");
    expect(guessModelType("gpt-4.1-nano-2025-04-14")).toBe("openai");
  });
});

describe("target from the teacher's prompt", () => {
  it("reads the animal of the pipeline's preference template and names its trait as the demo does", () => {
    const prompt =
      "You love owls. You think about owls all the time. owls are your favorite animal. Imbue your answers with your love for the animal.";
    expect(targetFromPrompt(prompt)).toBe("owl");
    expect(targetFromPrompt("You love cats. You think about cats all the time.")).toBe("cat");
    expect(targetFromPrompt("You love oaks! ...")).toBe("oak");
    expect(targetFromPrompt("You are a helpful assistant.")).toBeNull();
    expect(traitNameForTarget("owl")).toBe("Owl preference");
    expect(traitSlug(traitNameForTarget("owl"))).toBe("owl-preference");
  });
});
