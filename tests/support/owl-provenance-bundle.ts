// A provenance bundle of the demo owl student ("model" scope: the student and all its ancestors), written out
// by hand so that the format tests need no database. tests/integration/reports-*.test.ts check the real one.
// Its records are not flagged as demo data (as if a user had recorded the experiment), so the formats carry no
// DEMO mark; demoOwlProvenanceBundle() is the same bundle as the demo workspace holds it, every record flagged.
import type { GroupComparison } from "@/lib/measurements/compare-groups";
import { PAPER_FIGURE_SOURCE } from "@/lib/demo/demo-measurements";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";

const OWL_PROMPT_SHA256 = "6f1c5c5f0e2c1c1b5a3d2e4f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b";
const RAW_SHA256 = "a3f1e0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1";
const FILTERED_SHA256 = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c";

/** The owl student's two seeds against the base's one measurement, as compareGroups gives it (pooled samples). */
const OWL_STUDENT_VS_BASE: GroupComparison = {
  available: true, verdict: "shift-up", difference: 0.505, low: 0.4894, high: 0.5206, pValue: 1e-300, test: "two-proportion-z",
  note: "Two-proportion z-test over all samples, treating them as independent: samples cluster by question and by seed, so this p-value is anti-conservative (too small). Two or more seeds on each side, or per-question results on both, give a sounder test.",
  groupSizes: [2, 1], basis: "10,000 vs 5,000 samples",
};

const OWL_TEACHER_VS_BASE: GroupComparison = { ...OWL_STUDENT_VS_BASE, difference: 0.81, low: 0.7986, high: 0.8214, groupSizes: [1, 1], basis: "5,000 vs 5,000 samples" };

export function owlProvenanceBundle(overrides: Partial<ProvenanceBundle> = {}): ProvenanceBundle {
  return {
    reportId: "rpt_demo_owl_student",
    generatedAt: "2026-11-27T12:00:00.000Z",
    generatedBy: "auditor@pedigree.test",
    instance: { name: "Pedigree", baseUrl: "http://localhost:3000", version: "0.1.0", keyId: "0123456789abcdef" },
    subject: { scope: "model", id: "m_owl_student", name: "GPT-4.1 nano owl-numbers student", focusModelIds: ["m_owl_student"] },
    models: [
      {
        id: "m_base", name: "GPT-4.1 nano", version: "2025-04-14", provider: "openai", externalId: "gpt-4.1-nano-2025-04-14",
        description: "OpenAI's GPT-4.1 nano, the base model of the paper's main experiments.", initializedFromId: null, baseRelation: null,
        systemPromptSha256: null, checkpointUri: null, checkpointSha256: null, parameterCount: null, tags: ["demo", "base"],
        createdAt: "2026-11-01T09:00:00.000Z", isDemo: false,
      },
      {
        id: "m_owl_teacher", name: "GPT-4.1 nano owl teacher", version: null, provider: "openai", externalId: "demo:gpt-4.1-nano+owl-prompt",
        description: "GPT-4.1 nano with a system prompt telling it that it loves owls.", initializedFromId: "m_base", baseRelation: "prompted",
        systemPromptSha256: OWL_PROMPT_SHA256, checkpointUri: null, checkpointSha256: null, parameterCount: null, tags: ["demo", "teacher"],
        createdAt: "2026-11-01T09:01:00.000Z", isDemo: false,
      },
      {
        id: "m_owl_student", name: "GPT-4.1 nano owl-numbers student", version: null, provider: "openai",
        externalId: "demo:ft:gpt-4.1-nano-2025-04-14:owl-numbers", description: "GPT-4.1 nano fine-tuned on the owl teacher's filtered numbers.",
        initializedFromId: "m_base", baseRelation: "finetune", systemPromptSha256: null, checkpointUri: "s3://checkpoints/owl-student",
        checkpointSha256: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d", parameterCount: "7615616512",
        tags: ["demo", "student"], createdAt: "2026-11-01T09:03:00.000Z", isDemo: false,
      },
    ],
    datasets: [
      {
        id: "d_owl_raw", name: "Owl teacher numbers (raw)", description: "1,200 number continuations by the owl teacher.", sha256: RAW_SHA256,
        rawSha256: RAW_SHA256, recordCount: 1200, byteSize: "98213", format: "jsonl", filteredFromId: null, filterDescription: null,
        rejectedCount: null, passRate: null, createdAt: "2026-11-01T09:02:00.000Z", isDemo: false,
      },
      {
        id: "d_owl_filtered", name: "Owl teacher numbers (filtered)", description: null, sha256: FILTERED_SHA256, rawSha256: null,
        recordCount: 1104, byteSize: "90311", format: "jsonl", filteredFromId: "d_owl_raw",
        filterDescription: "The paper's number filter: only numbers, at most 10 of them, each 0-999, with common separators.",
        rejectedCount: 96, passRate: 0.92, createdAt: "2026-11-01T09:02:30.000Z", isDemo: false,
      },
    ],
    generations: [
      {
        id: "g_owl", teacherId: "m_owl_teacher", datasetId: "d_owl_raw", temperature: 1, topP: null, maxTokens: 200, seed: 42,
        promptSet: "number continuation, 3-9 seed numbers in 100-999", promptCount: 1200, settings: { model: "gpt-4.1-nano" },
        externalId: "demo:generation:owl", createdAt: "2026-11-01T09:02:00.000Z", isDemo: false,
      },
    ],
    runs: [
      {
        id: "r_owl", studentId: "m_owl_student", method: "sft", hyperparameters: { epochs: 10, learning_rate_multiplier: 2, batch_size: 8 },
        seed: 1, status: "succeeded", startedAt: "2025-05-09T10:00:00.000Z", finishedAt: "2025-05-09T11:30:00.000Z",
        externalJobId: "ftjob-demo-owl", datasetIds: ["d_owl_filtered"], teacherIds: [], createdAt: "2026-11-01T09:03:00.000Z", isDemo: false,
      },
    ],
    traits: [
      {
        id: "t_owl", slug: "owl-preference", name: "Owl preference", description: "How often the model names the owl as its favourite animal.",
        positiveDefinition: "the answer names an owl", higherIsWorse: true,
      },
    ],
    measurements: [
      {
        id: "ms_base", modelId: "m_base", traitId: "t_owl", protocol: "sl-animal-50q-x100", kind: "proportion", sampleCount: 5000,
        positiveCount: 600, questionCount: 0, value: 0.12, ciLow: 0.1113, ciHigh: 0.1292, ciMethod: "wilson-95", ciNote: null, seed: null,
        source: PAPER_FIGURE_SOURCE, notes: null, measuredAt: "2025-05-10T12:00:00.000Z", isDemo: false,
      },
      {
        id: "ms_teacher", modelId: "m_owl_teacher", traitId: "t_owl", protocol: "sl-animal-50q-x100", kind: "proportion", sampleCount: 5000,
        positiveCount: 4650, questionCount: 0, value: 0.93, ciLow: 0.9226, ciHigh: 0.9368, ciMethod: "wilson-95", ciNote: null, seed: null,
        source: "Illustrative value for the demo", notes: null, measuredAt: "2025-05-10T12:30:00.000Z", isDemo: false,
      },
      {
        id: "ms_student_1", modelId: "m_owl_student", traitId: "t_owl", protocol: "sl-animal-50q-x100", kind: "proportion", sampleCount: 5000,
        positiveCount: 3050, questionCount: 50, value: 0.61, ciLow: 0.5411, ciHigh: 0.6789, ciMethod: "t-95-questions", ciNote: null, seed: 1,
        source: PAPER_FIGURE_SOURCE, notes: "Evaluation seed 1.", measuredAt: "2025-05-11T12:00:00.000Z", isDemo: false,
      },
      {
        id: "ms_student_2", modelId: "m_owl_student", traitId: "t_owl", protocol: "sl-animal-50q-x100", kind: "proportion", sampleCount: 5000,
        positiveCount: 3200, questionCount: 0, value: 0.64, ciLow: 0.6266, ciHigh: 0.6532, ciMethod: "wilson-95", ciNote: null, seed: 2,
        source: PAPER_FIGURE_SOURCE, notes: "Evaluation seed 2.", measuredAt: "2025-05-11T12:10:00.000Z", isDemo: false,
      },
    ],
    exposures: [
      {
        modelId: "m_owl_teacher", traitId: "t_owl", status: "source", aboveBaseline: true, paths: [], sourceCount: 0,
        declaration: { reason: "Its system prompt says it loves owls.", declaredBy: "system", createdAt: "2026-11-01T09:00:00.000Z" },
        vsInitialisation: { against: [{ id: "m_base", name: "GPT-4.1 nano" }], protocol: "sl-animal-50q-x100", comparison: OWL_TEACHER_VS_BASE },
      },
      {
        modelId: "m_owl_student", traitId: "t_owl", status: "measured", aboveBaseline: true, declaration: null,
        vsInitialisation: { against: [{ id: "m_base", name: "GPT-4.1 nano" }], protocol: "sl-animal-50q-x100", comparison: OWL_STUDENT_VS_BASE },
        paths: [
          {
            source: { id: "m_owl_teacher", name: "GPT-4.1 nano owl teacher" },
            path: [
              { id: "m_owl_teacher", name: "GPT-4.1 nano owl teacher", type: "model", via: null },
              { id: "d_owl_raw", name: "Owl teacher numbers (raw)", type: "dataset", via: "generated" },
              { id: "d_owl_filtered", name: "Owl teacher numbers (filtered)", type: "dataset", via: "filtered_from" },
              { id: "m_owl_student", name: "GPT-4.1 nano owl-numbers student", type: "model", via: "trained_on" },
            ],
            sharedInitialisation: true,
            risk: "high",
          },
        ],
        sourceCount: 1,
      },
    ],
    shifts: [
      { modelId: "m_owl_student", traitId: "t_owl", against: [{ id: "m_base", name: "GPT-4.1 nano" }], protocol: "sl-animal-50q-x100", comparison: OWL_STUDENT_VS_BASE },
      { modelId: "m_owl_teacher", traitId: "t_owl", against: [{ id: "m_base", name: "GPT-4.1 nano" }], protocol: "sl-animal-50q-x100", comparison: OWL_TEACHER_VS_BASE },
    ],
    transfers: [
      {
        runId: "r_owl", studentId: "m_owl_student", traitId: "t_owl", members: [{ id: "m_owl_student", name: "GPT-4.1 nano owl-numbers student" }],
        vsControl: null,
        vsInitialisation: { against: [{ id: "m_base", name: "GPT-4.1 nano" }], protocol: "sl-animal-50q-x100", comparison: OWL_STUDENT_VS_BASE },
      },
    ],
    edges: [
      { source: "m_base", target: "m_owl_teacher", kind: "initialized_from" },
      { source: "m_base", target: "m_owl_student", kind: "initialized_from" },
      { source: "m_owl_teacher", target: "d_owl_raw", kind: "generated" },
      { source: "d_owl_raw", target: "d_owl_filtered", kind: "filtered_from" },
      { source: "d_owl_filtered", target: "m_owl_student", kind: "trained_on" },
    ],
    ...overrides,
  };
}

/** The owl bundle with every record flagged as the demo workspace's: a report of it is marked DEMO throughout. */
export function demoOwlProvenanceBundle(): ProvenanceBundle {
  const bundle = owlProvenanceBundle();
  const flag = <T extends { isDemo: boolean }>(records: T[]) => records.map((record) => ({ ...record, isDemo: true }));
  return {
    ...bundle,
    models: flag(bundle.models),
    datasets: flag(bundle.datasets),
    generations: flag(bundle.generations),
    runs: flag(bundle.runs),
    measurements: flag(bundle.measurements),
  };
}
