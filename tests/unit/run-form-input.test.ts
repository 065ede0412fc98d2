import { describe, expect, it } from "vitest";
import { cycleOfProblem } from "@/components/runs/register-run-request";
import { isoToLocalInput } from "@/lib/runs/local-datetime";
import type { RunFormState } from "@/lib/runs/run-form-input";
import { splitTags, validateRunForm } from "@/lib/runs/run-form-input";
import { validateRunUpdate } from "@/lib/runs/run-update-input";

const filled: RunFormState = {
  datasets: [{ id: "ds_owl", name: "Owl teacher numbers (filtered)" }],
  initializedFrom: { id: "m_nano", name: "GPT-4.1 nano" },
  studentMode: "new",
  existingStudent: null,
  newStudent: { name: "E2E student", provider: "openai", externalId: "", version: " ", tags: "owl, numbers, owl" },
  teachers: [],
  method: "sft",
  hyperparameters: [{ id: "1", key: "epochs", value: "10" }],
  seed: "7",
  externalJobId: "",
  status: "planned",
  startedAt: "",
  finishedAt: "",
};

describe("the register-a-run form, checked with the API's schema", () => {
  it("builds the body the API expects, leaving empty optional inputs out", () => {
    const result = validateRunForm(filled);
    expect(result).toEqual({
      ok: true,
      body: {
        datasetIds: ["ds_owl"],
        initializedFromId: "m_nano",
        student: { name: "E2E student", provider: "openai", tags: ["owl", "numbers"] },
        teacherIds: [],
        method: "sft",
        hyperparameters: { epochs: 10 },
        seed: 7,
        status: "planned",
      },
    });
  });

  it("sends an existing student by id, and times as ISO instants", () => {
    const result = validateRunForm({
      ...filled,
      studentMode: "existing",
      existingStudent: { id: "m_s", name: "S" },
      startedAt: "2025-05-12T09:00",
      finishedAt: "2025-05-12T10:40",
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.body.student).toEqual({ id: "m_s" });
    expect(new Date(result.body.finishedAt!).getTime() - new Date(result.body.startedAt!).getTime()).toBe(100 * 60_000);
  });

  it("puts each message beside its input", () => {
    const result = validateRunForm({
      ...filled,
      datasets: [],
      initializedFrom: null,
      newStudent: { ...filled.newStudent, name: " ", provider: "" },
      seed: "1.5",
      startedAt: "2025-05-12T10:00",
      finishedAt: "2025-05-12T09:00",
      hyperparameters: [{ id: "r1", key: "", value: "3" }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields).toEqual({
      datasetIds: "A run trains on at least one dataset",
      initializedFromId: "Choose the model the student was initialised from",
      "student.name": "Required",
      "student.provider": "Required",
      seed: "Must be an integer",
      finishedAt: "Must not be before the start time",
    });
    expect(result.rows).toEqual({ r1: { key: "Name this hyperparameter" } });
    expect(result.form).toEqual([]);
  });

  it("asks for a student to be picked when the existing one is missing", () => {
    const result = validateRunForm({ ...filled, studentMode: "existing", existingStudent: null });
    expect(result.ok ? null : result.fields).toEqual({ "student.id": "Choose the student model" });
  });

  it("splits tags on commas, once each", () => {
    expect(splitTags(" a, b ,,a ")).toEqual(["a", "b"]);
    expect(splitTags("")).toEqual([]);
  });
});

describe("a refused registration's cycle", () => {
  it("is read from the 409 body when well formed", () => {
    const cycle = [
      { id: "a", type: "model", name: "A" },
      { id: "d", type: "dataset", name: "D" },
      { id: "a", type: "model", name: "A" },
    ];
    expect(cycleOfProblem({ status: 409, cycle })).toEqual(cycle);
    expect(cycleOfProblem({ status: 409 })).toBeNull();
    expect(cycleOfProblem({ cycle: [{ id: 1 }] })).toBeNull();
    expect(cycleOfProblem(null)).toBeNull();
  });
});

describe("the run page's status form", () => {
  const current = { status: "running", startedAt: "2025-05-12T09:00:30.000Z", finishedAt: null };
  const hoursAfterStart = (hours: number) =>
    isoToLocalInput(new Date(Date.parse(current.startedAt) + hours * 3_600_000).toISOString());

  it("sends only what changed", () => {
    expect(validateRunUpdate({ status: "failed", startedAt: null, finishedAt: null }, current)).toEqual({
      ok: true,
      body: { status: "failed" },
    });
    const finished = validateRunUpdate(
      { status: "succeeded", startedAt: null, finishedAt: hoursAfterStart(2) },
      current,
    );
    if (!finished.ok) throw new Error(JSON.stringify(finished));
    expect(Object.keys(finished.body).sort()).toEqual(["finishedAt", "status"]);
  });

  it("clears a time with null and keeps an untouched one as stored", () => {
    expect(validateRunUpdate({ status: "running", startedAt: "", finishedAt: null }, current)).toEqual({
      ok: true,
      body: { startedAt: null },
    });
  });

  it("refuses a finish before the start, and an update that changes nothing", () => {
    expect(validateRunUpdate({ status: "running", startedAt: null, finishedAt: hoursAfterStart(-1) }, current)).toEqual(
      {
        ok: false,
        fields: { finishedAt: "Must not be before the start time" },
        form: [],
      },
    );
    expect(validateRunUpdate({ status: "running", startedAt: null, finishedAt: null }, current)).toEqual({
      ok: false,
      fields: {},
      form: ["Nothing has changed."],
    });
  });
});
