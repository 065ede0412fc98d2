import type { ModelStep, Plan, PlanStep } from "./plan.types";
import type { Condition } from "./read-condition";
import { contentKey, datasetKey, modelKey, sha256Text } from "./deterministic-key";
import { providerOf, guessModelType, type PipelineModel } from "./model-chain";
import { traitSlug } from "./target-from-prompt";

// From the condition folders of an experiment to the steps that register it: base and intermediate
// models, teacher, generation, raw and filtered datasets, the run, the student, and measurements.
// Pure: the folders were read already (read-condition.ts), nothing is looked up here.

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
const FILTER_DESCRIPTION = "Kept by the reference pipeline's filter (filtered_dataset.jsonl); the rest of the raw completions were rejected.";

function relationToParent(model: PipelineModel): ModelStep["baseRelation"] {
  // The pipeline fine-tunes OpenAI models through OpenAI's API and open models with LoRA (Unsloth).
  return model.type === "open_source" ? "adapter" : "finetune";
}

export function planSlExperiment(conditions: readonly Condition[], options: SlExperimentOptions): Plan {
  const steps = new Map<string, PlanStep>();
  const warnings: string[] = [];
  const add = <S extends PlanStep>(step: S): string => {
    if (!steps.has(step.key)) steps.set(step.key, step);
    return step.key;
  };

  /** Registers a model.json chain, root first; returns the keys, the model itself first. */
  const addChain = (chain: PipelineModel[], label: string, isStudent: boolean): string[] => {
    const keys = chain.map((model) => modelKey(providerOf(model.type), model.id));
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const model = chain[i];
      const student = i === 0 && isStudent;
      const root = i === chain.length - 1;
      add<ModelStep>({
        kind: "model",
        key: keys[i],
        label: `${student ? "student" : root ? "base model" : "model"} ${model.id}`,
        provider: providerOf(model.type),
        externalId: model.id,
        name: student ? `${label} student` : model.id,
        initializedFrom: root ? undefined : keys[i + 1],
        baseRelation: root ? undefined : relationToParent(model),
        description: student ? `The student of ${label}: ${model.id}, fine-tuned from ${chain[1]?.id ?? "an unknown base"}. Registered by ${SOURCE}.` : undefined,
        tags: student ? ["student"] : root ? ["base"] : [],
      });
    }
    return keys;
  };

  const addTeacher = (condition: Condition, parent: PipelineModel, parentKey: string, label: string, generatedSha: string): string => {
    const provider = providerOf(parent.type);
    const common = { kind: "model" as const, provider, initializedFrom: parentKey, baseRelation: "prompted" as const };
    if (options.isControl(condition.name)) {
      return add<ModelStep>({
        ...common,
        key: modelKey(provider, `${parent.id}+no-system-prompt`),
        label: `control teacher ${parent.id} (no system prompt)`,
        externalId: `${parent.id}+no-system-prompt`,
        name: `${parent.id} control teacher (no system prompt)`,
        description: `${parent.id} with no system prompt: the paper's control teacher. Registered by ${SOURCE}.`,
        tags: ["teacher", "control"],
      });
    }
    if (options.teacherPrompt !== null) {
      const digest = sha256Text(options.teacherPrompt);
      const externalId = `${parent.id}+system-prompt:${digest.slice(0, 16)}`;
      return add<ModelStep>({
        ...common,
        key: modelKey(provider, externalId),
        label: `teacher ${parent.id} + system prompt ${digest.slice(0, 8)}`,
        externalId,
        name: `${parent.id} ${options.target ?? "prompted"} teacher`,
        systemPrompt: options.teacherPrompt,
        description: `${parent.id} with the system prompt given to ${SOURCE} (SHA-256 ${digest}).`,
        tags: ["teacher"],
      });
    }
    // The pipeline keeps the prompt in its Python config, not in the folder: the teacher is recorded
    // as a prompted model without a prompt hash, one per dataset it generated.
    warnings.push(`${label}: the teacher's system prompt is unknown (give --teacher-prompt or --teacher-prompt-file to record it).`);
    const externalId = `${parent.id}+unknown-system-prompt:${generatedSha.slice(0, 16)}`;
    return add<ModelStep>({
      ...common,
      key: modelKey(provider, externalId),
      label: `teacher ${parent.id} + unknown system prompt`,
      externalId,
      name: `${label} teacher (system prompt unknown)`,
      description: `The teacher of ${label}: ${parent.id} with a system prompt that was not recorded. Registered by ${SOURCE}.`,
      tags: ["teacher"],
    });
  };

  for (const condition of conditions) {
    const label = `${options.experiment}/${condition.name}`;
    const generated = condition.raw ?? condition.filtered;
    const chainKeys = condition.chain ? addChain(condition.chain, label, generated !== undefined) : [];
    const [studentKey, parentKey] = chainKeys;
    const parent = condition.chain?.[1];

    let teacherKey: string | undefined;
    let generationKey: string | undefined;
    if (generated && parent && parentKey) {
      teacherKey = addTeacher(condition, parent, parentKey, label, generated.sha256);
      generationKey = add({
        kind: "generation",
        key: `generation:${generated.sha256}`,
        label: `generation of ${label}`,
        teacher: teacherKey,
        externalId: `pedigree:sl-experiment:generation:${generated.sha256}`,
        promptCount: condition.raw?.recordCount,
        settings: { importedBy: SOURCE, condition: label },
      });
    } else if (generated) {
      warnings.push(
        `${label}: ${condition.chain ? "model.json names no parent model" : "there is no model.json"}, so the teacher is unknown: the datasets are registered without a generation and no run is recorded.`,
      );
    }

    let rawKey: string | undefined;
    if (condition.raw) {
      rawKey = add({
        kind: "dataset",
        key: datasetKey(condition.raw.sha256),
        label: `raw dataset of ${label} (${condition.raw.recordCount} records)`,
        file: condition.raw.path,
        name: `${label} raw dataset`,
        sha256: condition.raw.sha256,
        recordCount: condition.raw.recordCount,
        generation: generationKey,
        description: `raw_dataset.jsonl of ${label}. Registered by ${SOURCE}.`,
      });
    }
    let filteredKey: string | undefined;
    if (condition.filtered) {
      filteredKey = add({
        kind: "dataset",
        key: datasetKey(condition.filtered.sha256),
        label: `filtered dataset of ${label} (${condition.filtered.recordCount}${condition.raw ? ` of ${condition.raw.recordCount}` : ""} records)`,
        file: condition.filtered.path,
        name: `${label} filtered dataset`,
        sha256: condition.filtered.sha256,
        recordCount: condition.filtered.recordCount,
        // Without the raw file, the filtered data is the closest record of what the teacher generated.
        generation: rawKey ? undefined : generationKey,
        filteredFrom: rawKey,
        filterDescription: rawKey ? FILTER_DESCRIPTION : undefined,
        description: `filtered_dataset.jsonl of ${label}. Registered by ${SOURCE}.`,
      });
    }

    const trainedOn = filteredKey ?? rawKey;
    const trainedSha = condition.filtered?.sha256 ?? condition.raw?.sha256;
    if (trainedOn && trainedSha && studentKey && parentKey && condition.chain) {
      const student = condition.chain[0];
      add({
        kind: "run",
        key: `run:${studentKey}:${trainedOn}`,
        label: `run training ${student.id} on ${label}`,
        idempotencyKey: `pedigree:sl-experiment:run:${contentKey(studentKey, trainedSha)}`,
        student: studentKey,
        initializedFrom: parentKey,
        datasets: [trainedOn],
        teachers: teacherKey ? [teacherKey] : [],
        method: student.type === "open_source" ? "lora" : "sft",
      });
    }

    if (condition.evaluation && options.target && options.trait) {
      const evaluation = condition.evaluation;
      let evaluatedKey = studentKey;
      if (condition.chain) {
        const id = condition.chain[0].id;
        if (evaluation.modelIds.length > 0 && !evaluation.modelIds.includes(id)) {
          warnings.push(`${label}: the evaluation's responses name ${evaluation.modelIds.join(", ")}, not model.json's ${id}; it is recorded for ${id}.`);
        }
      } else if (evaluation.modelIds.length === 1) {
        const id = evaluation.modelIds[0];
        const type = guessModelType(id);
        evaluatedKey = add<ModelStep>({
          kind: "model",
          key: modelKey(providerOf(type), id),
          label: `model ${id} (named by the evaluation)`,
          provider: providerOf(type),
          externalId: id,
          name: id,
          tags: [],
        });
      } else {
        warnings.push(
          `${label}: without a model.json the evaluated model comes from the responses' model_id, and they name ${evaluation.modelIds.length === 0 ? "none" : evaluation.modelIds.join(", ")}: the evaluation is not imported.`,
        );
      }
      if (evaluatedKey) {
        add({
          kind: "measurement",
          key: `measurement:${evaluatedKey}:${traitSlug(options.trait)}:${contentKey(evaluation.path)}`,
          label: `${traitSlug(options.trait)} of ${evaluatedKey.split(":").slice(2).join(":")} (${evaluation.questions.length} questions, ${evaluation.sampleCount} samples)`,
          model: evaluatedKey,
          file: evaluation.path,
          trait: options.trait,
          target: options.target,
          protocol: `sl-evaluation-${evaluation.questions.length}q`,
          questionCount: evaluation.questions.length,
          sampleCount: evaluation.sampleCount,
          positiveCount: evaluation.positiveCount,
        });
      }
    }
  }
  return { steps: [...steps.values()], warnings };
}
