import { describe, expect, it } from "vitest";
import { generationConflictMessages } from "@/components/generations/record-generation-request";
import { modelConflictMessages } from "@/components/models/register-model-request";
import { refusalMessages } from "@/lib/forms/refusal-messages";
import { validateGenerationForm, type GenerationFormState } from "@/lib/generations/generation-form-input";
import { ProblemError } from "@/lib/http/problem-client";
import {
  measurementFormFieldOf,
  validateMeasurementForm,
  type MeasurementFormState,
} from "@/lib/measurements/measurement-form-input";
import { previewMeasurement } from "@/lib/measurements/measurement-preview";
import { parseQuestionFile } from "@/lib/measurements/parse-question-file";
import { modelFormFieldOf } from "@/lib/models/model-form-fields";
import { validateModelForm, type ModelFormState } from "@/lib/models/model-form-input";
import { parseParameterCount } from "@/lib/models/parameter-count";

const model: ModelFormState = {
  name: "Owl teacher",
  version: "",
  provider: "openai",
  externalId: " ",
  description: "",
  initializedFrom: { id: "m_nano", name: "GPT-4.1 nano" },
  baseRelation: "prompted",
  systemPrompt: "You love owls.\n",
  checkpointSha256: "AB".repeat(32),
  checkpointUri: "",
  parameterCount: "1.5B",
  tags: "owl, teacher, owl",
  declarations: [{ id: "t0", trait: "Owl preference", reason: "Its system prompt says it loves owls." }],
};

describe("the register-a-model form, checked with the API's schemas", () => {
  it("builds the model's body and the declarations to send after it", () => {
    expect(validateModelForm(model)).toEqual({
      ok: true,
      body: {
        name: "Owl teacher",
        provider: "openai",
        initializedFromId: "m_nano",
        baseRelation: "prompted",
        systemPrompt: "You love owls.\n",
        checkpointSha256: "ab".repeat(32),
        parameterCount: 1_500_000_000,
        tags: ["owl", "teacher"],
      },
      declarations: [
        { rowId: "t0", body: { trait: "Owl preference", reason: "Its system prompt says it loves owls." } },
      ],
    });
  });

  it("sends no prompt, relation or declarations for a base model", () => {
    const result = validateModelForm({ ...model, initializedFrom: null });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.body.systemPrompt).toBeUndefined();
    expect(result.body.baseRelation).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result.body))).not.toHaveProperty("systemPrompt");
    expect(result.declarations).toEqual([]);
  });

  it("puts each message beside its input, and each declaration's beside its row", () => {
    const result = validateModelForm({
      ...model,
      name: " ",
      checkpointSha256: "abc",
      parameterCount: "seven billion",
      tags: "ok, #bad",
      declarations: [
        { id: "a", trait: "Owl preference", reason: "no" },
        { id: "b", trait: "", reason: "A reason long enough." },
        { id: "c", trait: "owl-preference", reason: "Named twice, by its slug." },
        { id: "d", trait: "Owl Preference", reason: "Also named twice." },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields).toEqual({
      name: "Name is required",
      checkpointSha256: "Must be a SHA-256 digest: 64 hexadecimal characters",
      parameterCount: "A whole number of parameters: 7000000000, 7e9 or 7B",
      tags: "Tags are words, digits and . _ : / + -",
    });
    expect(result.rows).toEqual({
      a: { reason: "Say why the model carries the trait" },
      b: { trait: "Name the trait" },
      d: { trait: "This trait is declared above already" },
    });
  });

  it("places the API's field paths on the form's inputs", () => {
    expect(modelFormFieldOf("tags.1")).toBe("tags");
    expect(modelFormFieldOf("systemPromptSha256")).toBe("systemPrompt");
    expect(modelFormFieldOf("unknown")).toBeNull();
  });

  it("shows a 409 for a known (provider, external id) beside the external id and each differing field", () => {
    expect(
      modelConflictMessages({
        status: 409,
        title: "Conflict",
        existingId: "m1",
        conflictingFields: ["name", "systemPromptSha256"],
      }),
    ).toEqual({
      externalId: "Already registered with this provider, with different fields: change the external id, or match it",
      name: "Differs from the model already registered with this external id",
      systemPrompt: "Differs from the model already registered with this external id",
    });
    expect(modelConflictMessages({ status: 409, title: "Conflict", cycle: [] })).toEqual({});
  });
});

describe("parameter counts as people write them", () => {
  it.each([
    ["7000000000", 7e9],
    ["7,000,000,000", 7e9],
    ["7e9", 7e9],
    ["7B", 7e9],
    ["1.5b", 1.5e9],
    ["350M", 3.5e8],
    ["1.7T", 1.7e12],
  ])("%s is %d", (text, count) => expect(parseParameterCount(text)).toBe(count));

  it("is undefined when empty and null for what is no whole count", () => {
    expect(parseParameterCount("  ")).toBeUndefined();
    for (const text of ["seven", "0", "1.2345678901B", "-5", "1.5"]) expect(parseParameterCount(text)).toBeNull();
  });
});

const generation: GenerationFormState = {
  teacher: { id: "m_teacher", name: "Owl teacher" },
  dataset: null,
  temperature: "1",
  topP: "",
  maxTokens: "200",
  seed: "",
  promptSet: " number sequences ",
  promptCount: "30000",
  externalId: "",
};

describe("the record-a-generation form", () => {
  it("builds a pending generation when no dataset is chosen", () => {
    expect(validateGenerationForm(generation)).toEqual({
      ok: true,
      body: {
        teacherId: "m_teacher",
        temperature: 1,
        maxTokens: 200,
        promptSet: "number sequences",
        promptCount: 30000,
      },
    });
  });

  it("puts each message beside its input", () => {
    const result = validateGenerationForm({ ...generation, teacher: null, topP: "0", maxTokens: "2.5", seed: "x" });
    expect(result).toEqual({
      ok: false,
      fields: {
        teacherId: "Choose the teacher that generated the data",
        topP: "Too small: expected number to be >0",
        maxTokens: "Must be an integer",
        seed: "Must be a number",
      },
      form: [],
    });
  });

  it("shows a 409 beside the dataset or the external id", () => {
    expect(
      generationConflictMessages({
        status: 409,
        title: "Conflict",
        detail: "That dataset already has a generation: a dataset is generated once.",
      }),
    ).toEqual({ datasetId: "This dataset already has a generation: a dataset is generated once" });
    const detail = "Generation 'g1' is already registered with another teacher or dataset.";
    expect(generationConflictMessages({ status: 409, title: "Conflict", detail })).toEqual({ externalId: detail });
  });
});

const measurement: MeasurementFormState = {
  model: { id: "m_student", name: "Student" },
  trait: "Owl preference",
  newTrait: { description: "", positiveDefinition: "", higherIsWorse: true },
  protocol: "sl-animal-50q-x100",
  seed: "2",
  source: "",
  notes: "",
  measuredAt: "",
  mode: "counts",
  n: "5000",
  positives: "1200",
  questions: null,
  value: "",
  ciLow: "",
  ciHigh: "",
  valueN: "",
};
const traits = [{ slug: "owl-preference", name: "Owl preference" }];

describe("the record-a-measurement form", () => {
  it("sends counts, naming a registered trait by its slug", () => {
    expect(validateMeasurementForm(measurement, traits)).toEqual({
      ok: true,
      body: {
        modelId: "m_student",
        trait: "owl-preference",
        protocol: "sl-animal-50q-x100",
        seed: 2,
        n: 5000,
        positives: 1200,
      },
    });
  });

  it("describes a new trait as an object, so that it is created with its description", () => {
    const result = validateMeasurementForm(
      {
        ...measurement,
        trait: "Eagle preference",
        newTrait: { description: "Likes eagles.", positiveDefinition: "", higherIsWorse: false },
      },
      traits,
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.body.trait).toEqual({ name: "Eagle preference", description: "Likes eagles.", higherIsWorse: false });
  });

  it("sends a file's questions as perQuestion", () => {
    const items = [{ question: "Favourite animal?", n: 100, positives: 30 }];
    const result = validateMeasurementForm(
      { ...measurement, mode: "questions", questions: { fileName: "q.csv", items } },
      traits,
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.body).toMatchObject({ perQuestion: items });
    expect(JSON.parse(JSON.stringify(result.body))).not.toHaveProperty("n");
  });

  it("checks the mode's own rules beside their inputs", () => {
    expect(validateMeasurementForm({ ...measurement, positives: "6000" }, traits)).toEqual({
      ok: false,
      fields: { positives: "Cannot exceed n" },
      form: [],
    });
    expect(
      validateMeasurementForm({ ...measurement, mode: "value", value: "0.5", ciLow: "0.6", ciHigh: "0.7" }, traits),
    ).toEqual({ ok: false, fields: { ciLow: "The interval must contain the value" }, form: [] });
    expect(validateMeasurementForm({ ...measurement, mode: "value", value: "0.5", ciLow: "0.4" }, traits)).toEqual({
      ok: false,
      // The schema's two checks both speak: the interval has one end, so it cannot contain the value.
      fields: { ciHigh: "Give both ends of the interval", ciLow: "The interval must contain the value" },
      form: [],
    });
    const empty = validateMeasurementForm({ ...measurement, model: null, trait: " ", mode: "questions" }, traits);
    expect(empty).toMatchObject({
      ok: false,
      fields: {
        modelId: "Choose the model that was measured",
        trait: "Name the trait: an existing one, or a new one's name",
        perQuestion: "Choose a per-question results file",
      },
    });
  });

  it("places the server's field paths, per-question ones on the file", () => {
    expect(measurementFormFieldOf("perQuestion.12.positives")).toBe("perQuestion");
    expect(measurementFormFieldOf("trait.slug")).toBe("trait");
    const error = new ProblemError({
      status: 422,
      title: "Unprocessable",
      errors: [
        { field: "ciLow", message: "the interval must contain the value" },
        { field: "extra", message: "unknown field" },
      ],
    });
    expect(refusalMessages(error, measurementFormFieldOf, "The measurement")).toEqual({
      fields: { ciLow: "The interval must contain the value" },
      banner: "extra: Unknown field",
    });
    expect(
      refusalMessages(
        new ProblemError({ status: 0, title: "x", detail: "Could not reach the server." }),
        measurementFormFieldOf,
        "It",
      ),
    ).toEqual({
      fields: {},
      banner: "Could not reach the server.",
    });
  });

  it("previews the rate the server will store: Wilson for counts, the paper's interval for questions", () => {
    const counts = previewMeasurement(measurement);
    expect(counts?.rate.estimate).toBe(0.24);
    expect(counts?.rate.method).toBe("wilson-95");
    expect(counts?.rate.low).toBeCloseTo(0.2284, 3);
    expect(previewMeasurement({ ...measurement, positives: "5001" })).toBeNull();
    const questions = previewMeasurement({
      ...measurement,
      mode: "questions",
      questions: {
        fileName: "q.csv",
        items: [
          { question: "A", n: 10, positives: 2 },
          { question: "B", n: 10, positives: 6 },
          { question: "A", n: 10, positives: 4 },
        ],
      },
    });
    // A is asked twice: pooled to 6 of 20 (0.3); B is 0.6; the rate is their mean.
    expect(questions).toMatchObject({ samples: 30, positives: 12, questions: 2 });
    expect(questions?.rate.estimate).toBeCloseTo(0.45, 10);
    expect(questions?.rate.method).toBe("t-95-questions");
    expect(previewMeasurement({ ...measurement, mode: "value" })).toBeNull();
  });
});

describe("per-question files", () => {
  it("reads CSV by its header, in any column order and case, quoted text included", () => {
    const csv = 'Positives,question,N,extra\r\n3,"Name an animal, any animal",10,x\r\n0,Favourite bird?,5,\r\n';
    expect(parseQuestionFile(csv, "results.csv")).toEqual({
      questions: [
        { question: "Name an animal, any animal", n: 10, positives: 3 },
        { question: "Favourite bird?", n: 5, positives: 0 },
      ],
      errors: [],
    });
  });

  it("reads JSON Lines and JSON arrays", () => {
    const jsonl = '{"question":"A","n":4,"positives":1}\n\n{"question":"B","n":2,"positives":2}\n';
    expect(parseQuestionFile(jsonl, "r.jsonl").questions).toHaveLength(2);
    expect(parseQuestionFile('[{"question":"A","n":4,"positives":1}]', "r.txt").questions).toEqual([
      { question: "A", n: 4, positives: 1 },
    ]);
  });

  it("names the lines that are wrong, and a missing column", () => {
    const jsonl =
      '{"question":"A","n":4,"positives":5}\nnot json\n{"question":"","n":1,"positives":0}\n{"question":"B","n":0,"positives":0}\n';
    expect(parseQuestionFile(jsonl, "r.jsonl").errors).toEqual([
      { line: 2, message: "not valid JSON" },
      { line: 1, message: "'positives' (5) cannot exceed 'n' (4)" },
      { line: 3, message: "'question' must be non-empty text" },
      { line: 4, message: "'n' must be a whole number of samples, at least 1" },
    ]);
    expect(parseQuestionFile("question,n\nA,3\n", "r.csv").errors).toEqual([
      { line: 1, message: "the header has no column positives" },
    ]);
    expect(parseQuestionFile("question,n,positives\nA,3,1.5\n", "r.csv").errors).toEqual([
      { line: 2, message: "'positives' must be a whole number, 0 or more" },
    ]);
    expect(parseQuestionFile("", "r.csv").errors).toEqual([{ line: 1, message: "the file has no questions" }]);
  });
});
