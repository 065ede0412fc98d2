import { defined } from "@/lib/defined";
import { describeConditions, type ConditionRole } from "./condition-roles";
import type { Condition } from "./read-condition";
import { contentKey, datasetKey, modelKey } from "./deterministic-key";
import { findGenerators, type DatasetHolding } from "./find-generators";
import { guessModelType, providerOf, type PipelineModel } from "./model-chain";
import { createPlanSink } from "./plan-sink";
import type { DatasetStep, GenerationStep, MeasurementStep, ModelStep, Plan, RunStep } from "./plan.types";
import { traitSlug } from "./target-from-prompt";
import { addTeacher } from "./teacher-steps";

// From the condition folders of an experiment to the steps that register it: base and intermediate
// models, teachers, generations, raw and filtered datasets, students, runs, measurements and the
// teachers' trait declarations. Pure: the folders were read already (read-condition.ts), nothing is
// looked up here. What the files do not say is left unknown and said in a warning, never made up:
// an audit that reads "shares initialisation" must be able to trust it.

export interface SlExperimentOptions {
  /** Prefix of the names given to what the import creates: "preference_numbers" -> "preference_numbers/owl raw dataset". */
  experiment: string;
  /** The teacher's system prompt in the non-control conditions; null when not known. */
  teacherPrompt: string | null;
  /** Conditions whose teacher has no system prompt (the paper's control). */
  isControl: (condition: string) => boolean;
  /** What the evaluation counts ("owl"); needed when a folder holds an evaluation. */
  target: string | null;
  /** The trait the measurements are of, e.g. "Owl preference". */
  trait: string | null;
}

const SOURCE = "pedigree import sl-experiment";
const FILTER_DESCRIPTION =
  "Kept by the reference pipeline's filter (filtered_dataset.jsonl); the rest of the raw completions were rejected.";

const keyOf = (model: PipelineModel) => modelKey(providerOf(model.type), model.id);

function relationToParent(model: PipelineModel): ModelStep["baseRelation"] {
  // The pipeline fine-tunes OpenAI models through OpenAI's API and open models with LoRA (Unsloth).
  return model.type === "open_source" ? "adapter" : "finetune";
}

/** The models of a chain other than the one trained in its folder, root first in registration order. */
function ancestorSteps(role: ConditionRole): ModelStep[] {
  const chain = role.chain ?? [];
  const steps: ModelStep[] = [];
  for (let i = chain.length - 1; i >= (role.student ? 1 : 0); i -= 1) {
    const model = chain[i];
    const root = i === chain.length - 1;
    steps.push({
      kind: "model",
      key: keyOf(model),
      label: `${root ? "base model" : "model"} ${model.id}`,
      provider: providerOf(model.type),
      externalId: model.id,
      name: model.id,
      initializedFrom: root ? undefined : keyOf(chain[i + 1]),
      baseRelation: root ? undefined : relationToParent(model),
      tags: root ? ["base"] : [],
    });
  }
  return steps;
}

function studentStep(role: ConditionRole, student: PipelineModel): ModelStep {
  const from = role.parent
    ? `fine-tuned from ${role.parent.id}${role.baseFromId ? " (the base its OpenAI id names; model.json gives no parent_model)" : ""}`
    : "fine-tuned from a model its model.json does not name";
  return {
    kind: "model",
    key: keyOf(student),
    label: `student ${student.id}${role.seed ? ` (seed ${role.seed.seed})` : ""}`,
    provider: providerOf(student.type),
    externalId: student.id,
    name: role.studentName,
    initializedFrom: role.parent ? keyOf(role.parent) : undefined,
    baseRelation: role.parent ? relationToParent(student) : undefined,
    description: `The student of ${role.label}: ${student.id}, ${from}. Registered by ${SOURCE}.`,
    // The transfer endpoint finds a run's control condition by this tag.
    tags: role.control ? ["student", "control"] : ["student"],
  };
}

export function planSlExperiment(conditions: readonly Condition[], options: SlExperimentOptions): Plan {
  const sink = createPlanSink();
  const roles = describeConditions(conditions, options);
  const holdings = findGenerators(roles);
  const byName = new Map(roles.map((role) => [role.condition.name, role]));
  const knownModels = new Map(roles.flatMap(ancestorSteps).map((step) => [step.key, step]));

  /** Registers the models a folder's model was trained from; returns its parent's key. */
  const ensureAncestors = (role: ConditionRole): string | undefined => {
    for (const step of ancestorSteps(role)) sink.add(knownModels.get(step.key) ?? step);
    return role.parent ? keyOf(role.parent) : undefined;
  };

  const teacherOf = (holding: DatasetHolding): string | undefined => {
    if (holding.origin.kind !== "generated") return undefined;
    const generator = holding.origin.generator;
    const parentKey = defined(ensureAncestors(generator), `parent of ${generator.label}`);
    return addTeacher(
      sink,
      generator,
      parentKey,
      defined(generator.condition.raw, `raw dataset of ${generator.label}`).sha256,
      options,
    );
  };

  const ensureDataset = (sha256: string): string => {
    const key = datasetKey(sha256);
    if (sink.has(key)) return key;
    const holding = defined(holdings.get(sha256), `dataset ${sha256}`);
    const { file, holder, origin } = holding;
    let generationKey: string | undefined;
    if (holding.kind === "raw" && origin.kind === "generated") {
      generationKey = sink.add({
        kind: "generation",
        key: `generation:${sha256}`,
        label: `generation of ${origin.generator.label}`,
        teacher: defined(teacherOf(holding), `teacher of ${sha256}`),
        externalId: `pedigree:sl-experiment:generation:${sha256}`,
        promptCount: file.recordCount,
        settings: { importedBy: SOURCE, condition: origin.generator.label, control: origin.generator.control },
      } satisfies GenerationStep);
    }
    const filteredFrom = holding.filteredFrom ? ensureDataset(holding.filteredFrom.sha256) : undefined;
    const label =
      holding.kind === "raw"
        ? `raw dataset of ${holder.label} (${file.recordCount} records)`
        : `filtered dataset of ${holder.label} (${file.recordCount}${holding.filteredFrom ? ` of ${holding.filteredFrom.recordCount}` : ""} records)`;
    return sink.add({
      kind: "dataset",
      key,
      label,
      file: file.path,
      name: `${holder.label} ${holding.kind} dataset`,
      sha256,
      recordCount: file.recordCount,
      generation: generationKey,
      filteredFrom,
      filterDescription: filteredFrom ? FILTER_DESCRIPTION : undefined,
      description: `${holding.kind === "raw" ? "raw_dataset.jsonl" : "filtered_dataset.jsonl"} of ${holder.label}. Registered by ${SOURCE}.`,
      unknownTeacher:
        origin.kind === "unknown"
          ? `${label}: its teacher is unknown: ${origin.reason}. It is recorded without a generation, and the runs trained on it name no teacher.`
          : undefined,
    } satisfies DatasetStep);
  };

  /** The dataset a folder's student was trained on: its own, or, for a seed folder without data, its condition's. */
  const trainingData = (role: ConditionRole): string | undefined => {
    const own = role.condition.filtered ?? role.condition.raw;
    if (own) return own.sha256;
    if (!role.student) return undefined;
    if (!role.seed) {
      sink.warn(
        `${role.label}: it holds no dataset and is not a seed folder (<condition>_seed<N>/): what ${role.student.id} was trained on is unknown, so no run is recorded.`,
      );
      return undefined;
    }
    const main = byName.get(role.seed.condition);
    const data = main?.condition.filtered ?? main?.condition.raw;
    if (!main || !data) {
      sink.warn(
        `${role.label}: a further seed of ${role.seed.condition}, but ${main ? `${role.seed.condition}/ holds no dataset` : `${role.seed.condition}/ is not in this import`}: its student is registered without a run.`,
      );
      return undefined;
    }
    const fileName = data === main.condition.filtered ? "filtered_dataset.jsonl" : "raw_dataset.jsonl";
    sink.warn(
      `${role.label}: it holds no dataset, so its student is assumed to be trained on ${role.seed.condition}/${fileName}, as a further seed (${role.seed.seed}) of ${role.seed.condition}.`,
    );
    return data.sha256;
  };

  for (const role of roles) {
    const { condition } = role;
    const parentKey = role.chain ? ensureAncestors(role) : undefined;
    const studentKey = role.student ? sink.add(studentStep(role, role.student)) : undefined;
    if (role.student && !role.parent) {
      sink.warn(
        `${role.label}: model.json names no model ${role.student.id} was trained from, and its id names no base: its initialisation is unknown, so no run is recorded.`,
      );
    }
    for (const file of [condition.raw, condition.filtered]) if (file) ensureDataset(file.sha256);

    const trainedSha = trainingData(role);
    if (trainedSha && role.student && studentKey && parentKey) {
      const trainedOn = ensureDataset(trainedSha);
      const holding = defined(holdings.get(trainedSha), `dataset ${trainedSha}`);
      const teacherKey = teacherOf(holding);
      sink.add({
        kind: "run",
        key: `run:${studentKey}:${trainedOn}`,
        label: `run of ${role.label}${role.seed ? ` (seed ${role.seed.seed})` : ""} on ${holding.holder.label} ${holding.kind} dataset`,
        idempotencyKey: `pedigree:sl-experiment:run:${contentKey(studentKey, trainedSha)}`,
        student: studentKey,
        initializedFrom: parentKey,
        datasets: [trainedOn],
        // Explicit for a folder that trained on another's data: its teacher is that data's generator.
        teachers: teacherKey ? [teacherKey] : [],
        method: role.student.type === "open_source" ? "lora" : "sft",
        seed: role.seed?.seed,
      } satisfies RunStep);
    }

    if (condition.evaluation && options.target && options.trait) {
      const evaluation = condition.evaluation;
      let evaluatedKey: string | undefined;
      if (role.chain) {
        const id = role.chain[0].id;
        evaluatedKey = keyOf(role.chain[0]);
        if (evaluation.modelIds.length > 0 && !evaluation.modelIds.includes(id)) {
          sink.warn(
            `${role.label}: the evaluation's responses name ${evaluation.modelIds.join(", ")}, not model.json's ${id}; it is recorded for ${id}.`,
          );
        }
      } else if (evaluation.modelIds.length === 1) {
        const id = evaluation.modelIds[0];
        const provider = providerOf(guessModelType(id));
        const key = modelKey(provider, id);
        evaluatedKey = sink.add(
          (knownModels.get(key) ?? {
            kind: "model",
            key,
            label: `model ${id} (named by the evaluation)`,
            provider,
            externalId: id,
            name: id,
            tags: [],
          }) satisfies ModelStep,
        );
      } else {
        sink.warn(
          `${role.label}: without a model.json the evaluated model comes from the responses' model_id, and they name ${evaluation.modelIds.length === 0 ? "none" : evaluation.modelIds.join(", ")}: the evaluation is not imported.`,
        );
      }
      if (evaluatedKey) {
        const seed = role.seed?.seed;
        sink.add({
          kind: "measurement",
          key: `measurement:${evaluatedKey}:${traitSlug(options.trait)}:${contentKey(evaluation.path)}`,
          label: `${traitSlug(options.trait)} of ${condition.name}/ ${role.student ? "student" : evaluatedKey.split(":").slice(2).join(":")} (${evaluation.questions.length} questions, ${evaluation.sampleCount} samples${seed === undefined ? "" : `, seed ${seed}`})`,
          model: evaluatedKey,
          file: evaluation.path,
          trait: options.trait,
          target: options.target,
          // Questions are counted by distinct text, as the server's parser groups them.
          protocol: `sl-evaluation-${evaluation.questions.length}q`,
          questionCount: evaluation.questions.length,
          sampleCount: evaluation.sampleCount,
          positiveCount: evaluation.positiveCount,
          seed,
        } satisfies MeasurementStep);
      }
    }
  }
  return { steps: sink.steps(), warnings: sink.warnings };
}
