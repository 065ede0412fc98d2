import { describe, expect, it } from "vitest";
import { CardError, parseHfCard } from "@/cli/import/hf-card";
import { planHfCard } from "@/cli/import/hf-card-plan";
import type { ModelStep, RunStep } from "@/cli/import/plan.types";

const card = (frontMatter: string, body = "# Model\n\nSome text.\n") => `---\n${frontMatter}\n---\n${body}`;

describe("Hugging Face model card front matter", () => {
  it.each([
    {
      case: "reads one base model, its relation, the datasets and model_name",
      frontMatter:
        "model_name: qwen-owl-numbers\nbase_model: Qwen/Qwen2.5-7B-Instruct\nbase_model_relation: adapter\ndatasets:\n  - me/owl-numbers\nlicense: mit",
      expected: {
        name: "qwen-owl-numbers",
        baseModels: ["Qwen/Qwen2.5-7B-Instruct"],
        baseRelation: "adapter",
        datasets: ["me/owl-numbers"],
        metadata: { license: "mit" },
      },
    },
    {
      case: "reads a list of base models, a single dataset string, and the name from model-index",
      frontMatter:
        "base_model:\n- org/a\n- org/b\ndatasets: HuggingFaceH4/ultrachat_200k\nmodel-index:\n- name: merged-ab\n  results: []",
      expected: {
        name: "merged-ab",
        baseModels: ["org/a", "org/b"],
        baseRelation: null,
        datasets: ["HuggingFaceH4/ultrachat_200k"],
      },
    },
  ])("$case", ({ frontMatter, expected }) => {
    expect(parseHfCard(card(frontMatter))).toMatchObject(expected);
  });

  it("accepts a byte-order mark, CRLF line ends and empty front matter", () => {
    expect(parseHfCard("\uFEFF---\r\nbase_model: org/a\r\n---\r\n# x").baseModels).toEqual(["org/a"]);
    expect(parseHfCard("---\n\n---\n")).toMatchObject({ name: null, baseModels: [], datasets: [] });
  });

  it("refuses a card without front matter, with invalid YAML, or with a base_model that is not an id", () => {
    expect(() => parseHfCard("# Just a README\n\nbase_model: x\n")).toThrow(CardError);
    expect(() => parseHfCard("# Just a README")).toThrow(/no YAML front matter/);
    expect(() => parseHfCard(card("base_model: [unclosed"))).toThrow(/not valid YAML/);
    expect(() => parseHfCard(card("base_model:\n  - 42"))).toThrow(
      "'base_model'[0] must be a Hugging Face id (a string).",
    );
    expect(() => parseHfCard(card("- a\n- b"))).toThrow(/must be a YAML mapping/);
  });
});

describe("hf-card plan", () => {
  const options = { name: "qwen-owl-numbers", provider: "huggingface", externalId: "me/qwen-owl-numbers" };

  it("registers the base by Hub id, the model initialised from it, and a LoRA run on the card's datasets", () => {
    const { steps, warnings } = planHfCard(
      parseHfCard(
        card("base_model: Qwen/Qwen2.5-7B-Instruct\nbase_model_relation: adapter\ndatasets: [me/owl-numbers]"),
      ),
      options,
    );
    expect(warnings).toEqual([]);
    expect(steps.map((s) => s.kind)).toEqual(["model", "model", "dataset-ref", "run"]);
    expect(steps[0]).toMatchObject({
      provider: "huggingface",
      externalId: "Qwen/Qwen2.5-7B-Instruct",
      name: "Qwen/Qwen2.5-7B-Instruct",
    });
    expect(steps[1]).toMatchObject({
      externalId: "me/qwen-owl-numbers",
      name: "qwen-owl-numbers",
      initializedFrom: steps[0].key,
      baseRelation: "adapter",
    });
    expect(steps[2]).toMatchObject({ name: "me/owl-numbers" });
    const run = steps[3] as RunStep;
    expect(run).toMatchObject({
      student: steps[1].key,
      initializedFrom: steps[0].key,
      datasets: [steps[2].key],
      method: "lora",
    });
    expect(
      planHfCard(
        parseHfCard(
          card("base_model: Qwen/Qwen2.5-7B-Instruct\nbase_model_relation: adapter\ndatasets: [me/owl-numbers]"),
        ),
        options,
      ),
    ).toEqual({
      steps,
      warnings,
    });
  });

  it("records a merge from its first base, names the others, and links no training data to it", () => {
    const { steps, warnings } = planHfCard(parseHfCard(card("base_model: [org/a, org/b]\ndatasets: [d]")), options);
    const model = steps.find((s): s is ModelStep => s.kind === "model" && s.externalId === options.externalId)!;
    expect(model).toMatchObject({ initializedFrom: "model:huggingface:org/a", baseRelation: "merge" });
    expect(model.description).toContain("org/a, org/b");
    expect(steps.some((s) => s.kind === "run")).toBe(false);
    expect(warnings).toEqual([
      "Pedigree records one base per model: qwen-owl-numbers is recorded as initialised from org/a; org/b is listed in its description.",
      "A merge is not trained on data: the card's datasets are not linked as training data.",
    ]);
  });

  it("registers a model without a base as a root, and says why datasets alone cannot be linked", () => {
    const { steps, warnings } = planHfCard(parseHfCard(card("datasets: [d]")), options);
    expect(steps.map((s) => s.kind)).toEqual(["model", "dataset-ref"]);
    expect((steps[0] as ModelStep).initializedFrom).toBeUndefined();
    expect(warnings[0]).toMatch(/no base_model/);
  });

  it("reads an unknown relation as finetune, with a warning", () => {
    const { steps, warnings } = planHfCard(
      parseHfCard(card("base_model: org/a\nbase_model_relation: distill-ish")),
      options,
    );
    expect(steps[1]).toMatchObject({ baseRelation: "finetune" });
    expect(warnings[0]).toMatch(/'distill-ish' is not one Pedigree knows/);
  });
});
