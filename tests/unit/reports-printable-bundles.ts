// Bundles for the printable-report tests beyond the owl fixture: many models, hostile names, nothing measured.
import type {
  ProvDataset,
  ProvExposure,
  ProvMeasurement,
  ProvModel,
  ProvenanceBundle,
} from "@/lib/reports/provenance.types";
import { owlProvenanceBundle } from "@/tests/support/owl-provenance-bundle";

const hex = (seed: number) =>
  Array.from({ length: 64 }, (_, i) => "0123456789abcdef"[(seed * 7 + i * 13) % 16]).join("");

function model(id: string, name: string, initializedFromId: string | null, extra: Partial<ProvModel> = {}): ProvModel {
  return {
    id,
    name,
    version: null,
    provider: extra.provider ?? "openai",
    externalId: null,
    description: null,
    initializedFromId,
    baseRelation: initializedFromId ? "finetune" : null,
    systemPromptSha256: null,
    checkpointUri: null,
    checkpointSha256: null,
    parameterCount: null,
    tags: [],
    createdAt: "2026-11-01T09:00:00.000Z",
    isDemo: false,
    ...extra,
  };
}

function dataset(id: string, name: string, seed: number, filteredFromId: string | null): ProvDataset {
  return {
    id,
    name,
    description: null,
    sha256: hex(seed),
    rawSha256: null,
    recordCount: 1000 - seed,
    byteSize: "80000",
    format: "jsonl",
    filteredFromId,
    filterDescription: filteredFromId ? "Numbers only" : null,
    rejectedCount: filteredFromId ? 80 : null,
    passRate: filteredFromId ? 0.92 : null,
    createdAt: "2026-11-01T09:00:00.000Z",
    isDemo: false,
  };
}

function measurement(id: string, modelId: string, value: number, half: number): ProvMeasurement {
  return {
    id,
    modelId,
    traitId: "t_owl",
    protocol: "sl-animal-50q-x100",
    kind: "proportion",
    sampleCount: 5000,
    positiveCount: Math.round(value * 5000),
    questionCount: 50,
    value,
    ciLow: value - half,
    ciHigh: value + half,
    ciMethod: "t-95-questions",
    ciNote: null,
    seed: 1,
    source: null,
    notes: null,
    measuredAt: "2026-11-02T10:00:00.000Z",
    isDemo: false,
  };
}

/**
 * A trait report over `count` models: two base families; in each, teachers (prompted) that generate raw
 * and filtered numbers, and students trained on one teacher's filtered numbers, some across families.
 */
export function manyModelsBundle(count: number): ProvenanceBundle {
  const base = owlProvenanceBundle();
  const models: ProvModel[] = [
    model("b0", "GPT-4.1 nano", null),
    model("b1", "Qwen2.5-7B-Instruct", null, { provider: "qwen" }),
  ];
  const datasets: ProvDataset[] = [];
  const generations: ProvenanceBundle["generations"] = [];
  const runs: ProvenanceBundle["runs"] = [];
  const edges: ProvenanceBundle["edges"] = [];
  const teachers: string[] = [];
  for (let i = 0; models.length < count; i++) {
    const family = i % 2;
    if (i % 3 === 0) {
      const id = `teacher${i}`;
      models.push(
        model(
          id,
          `${family ? "Qwen" : "GPT-4.1 nano"} ${["owl", "eagle", "oak", "wolf", "dolphin"][teachers.length % 5]} teacher ${i}`,
          `b${family}`,
          { baseRelation: "prompted", systemPromptSha256: hex(i) },
        ),
      );
      edges.push({ source: `b${family}`, target: id, kind: "initialized_from" });
      datasets.push(
        dataset(`raw${i}`, `Numbers from teacher ${i} (raw)`, i, null),
        dataset(`filtered${i}`, `Numbers from teacher ${i} (filtered)`, i + 100, `raw${i}`),
      );
      generations.push({
        id: `g${i}`,
        teacherId: id,
        datasetId: `raw${i}`,
        temperature: 1,
        topP: null,
        maxTokens: 200,
        seed: 42,
        promptSet: "number continuation",
        promptCount: 1000,
        settings: null,
        externalId: null,
        createdAt: "2026-11-01T09:00:00.000Z",
        isDemo: false,
      });
      edges.push(
        { source: id, target: `raw${i}`, kind: "generated" },
        { source: `raw${i}`, target: `filtered${i}`, kind: "filtered_from" },
      );
      teachers.push(id);
    } else {
      const teacher = teachers[teachers.length - 1];
      const teacherIndex = Number(teacher.replace("teacher", ""));
      const id = `student${i}`;
      models.push(
        model(id, `Student ${i} of teacher ${teacherIndex} with a rather long descriptive name`, `b${family}`),
      );
      edges.push(
        { source: `b${family}`, target: id, kind: "initialized_from" },
        { source: `filtered${teacherIndex}`, target: id, kind: "trained_on" },
      );
      runs.push({
        id: `r${i}`,
        studentId: id,
        method: "sft",
        hyperparameters: { epochs: 10 },
        seed: i,
        status: "succeeded",
        startedAt: null,
        finishedAt: null,
        externalJobId: null,
        datasetIds: [`filtered${teacherIndex}`],
        teacherIds: [],
        createdAt: "2026-11-01T09:00:00.000Z",
        isDemo: false,
      });
    }
  }
  const measurements = models.map((m, i) =>
    measurement(
      `ms${i}`,
      m.id,
      m.id.startsWith("b") ? 0.12 : m.id.startsWith("teacher") ? 0.9 : 0.2 + (i % 7) / 10,
      0.03 + (i % 4) / 50,
    ),
  );
  // Some students are left unmeasured, so that exposures without a measurement appear.
  const unmeasured = new Set(
    models
      .filter((m) => m.id.startsWith("student"))
      .filter((_, i) => i % 4 === 0)
      .map((m) => m.id),
  );
  const exposures: ProvExposure[] = models
    .filter((m) => m.id.startsWith("student"))
    .map((m) => {
      const run = runs.find((r) => r.studentId === m.id)!;
      const teacherId = `teacher${run.datasetIds[0].replace("filtered", "")}`;
      const teacher = models.find((t) => t.id === teacherId)!;
      const shared = teacher.initializedFromId === m.initializedFromId;
      return {
        modelId: m.id,
        traitId: "t_owl",
        status: unmeasured.has(m.id) ? "unmeasured" : "measured",
        aboveBaseline: !unmeasured.has(m.id),
        declaration: null,
        vsInitialization: null,
        paths: [
          {
            source: { id: teacher.id, name: teacher.name },
            path: [
              { id: teacher.id, name: teacher.name, type: "model", via: null },
              {
                id: run.datasetIds[0],
                name: datasets.find((d) => d.id === run.datasetIds[0])!.name,
                type: "dataset",
                via: "trained_on",
              },
              { id: m.id, name: m.name, type: "model", via: "trained_on" },
            ],
            sharedInitialization: shared,
            risk: shared ? "high" : "lower",
          },
        ],
        sourceCount: 1,
      };
    });
  return {
    ...base,
    reportId: "rpt_many_models",
    subject: {
      scope: "trait",
      id: "t_owl",
      name: "Owl preference",
      focusModelIds: models.filter((m) => !unmeasured.has(m.id)).map((m) => m.id),
    },
    models,
    datasets,
    generations,
    runs,
    edges,
    exposures,
    measurements: measurements.filter((m) => !unmeasured.has(m.modelId)),
  };
}

export const HOSTILE = `<script>alert("owl")</script> & 'friends'`;

/** The owl bundle with markup in every name a user can type. */
export function hostileBundle(): ProvenanceBundle {
  const bundle = owlProvenanceBundle();
  return {
    ...bundle,
    subject: { ...bundle.subject, name: `${HOSTILE} student` },
    models: bundle.models.map((m) => ({ ...m, name: `${m.name} ${HOSTILE}`, description: HOSTILE })),
    datasets: bundle.datasets.map((d) => ({
      ...d,
      name: `${d.name} ${HOSTILE}`,
      filterDescription: d.filterDescription && HOSTILE,
    })),
    traits: bundle.traits.map((t) => ({ ...t, name: `Owl ${HOSTILE}`, description: HOSTILE })),
    measurements: bundle.measurements.map((m) => ({ ...m, protocol: HOSTILE, source: HOSTILE })),
    runs: bundle.runs.map((r) => ({ ...r, hyperparameters: { [HOSTILE]: HOSTILE } })),
    exposures: bundle.exposures.map((e) => ({
      ...e,
      paths: e.paths.map((p) => ({ ...p, path: p.path.map((s) => ({ ...s, name: `${s.name} ${HOSTILE}` })) })),
    })),
  };
}
