import { BASE_RELATIONS } from "@/lib/models/model.types";
import type { HfCard } from "./hf-card";
import type { ModelStep, Plan, PlanStep } from "./plan.types";
import { contentKey, modelKey } from "./deterministic-key";

// From a parsed model card to the steps that register it: its base models (by Hub id, provider
// huggingface, created when missing), the model initialised from its base, and, when the card's
// datasets are all in Pedigree, the run that trained it on them.

export interface HfCardOptions {
  /** The model's display name. */
  name: string;
  provider: string;
  /** The model's id at its provider (its Hub id), the key that makes the import idempotent. */
  externalId: string;
}

type Relation = NonNullable<ModelStep["baseRelation"]>;

/** Relations that mean the model was trained (so the card's datasets are what it was trained on). */
const TRAINED: readonly Relation[] = ["finetune", "adapter", "distilled"];

export function planHfCard(card: HfCard, options: HfCardOptions): Plan {
  const steps: PlanStep[] = [];
  const warnings: string[] = [];

  let relation: Relation | undefined;
  if (card.baseRelation && (BASE_RELATIONS as readonly string[]).includes(card.baseRelation))
    relation = card.baseRelation as Relation;
  else if (card.baseRelation)
    warnings.push(
      `base_model_relation '${card.baseRelation}' is not one Pedigree knows (${BASE_RELATIONS.join(", ")}); recorded as finetune.`,
    );
  // The Hub reads several base models without a relation as a merge.
  relation ??= card.baseModels.length > 1 ? "merge" : "finetune";

  const baseKeys = card.baseModels.map((id) => {
    const key = modelKey("huggingface", id);
    steps.push({
      kind: "model",
      key,
      label: `base model ${id}`,
      provider: "huggingface",
      externalId: id,
      name: id,
      tags: ["base"],
    });
    return key;
  });
  if (baseKeys.length > 1) {
    warnings.push(
      `Pedigree records one base per model: ${options.name} is recorded as initialised from ${card.baseModels[0]}; ${card.baseModels.slice(1).join(", ")} ${card.baseModels.length > 2 ? "are" : "is"} listed in its description.`,
    );
  }

  const modelStepKey = modelKey(options.provider, options.externalId);
  steps.push({
    kind: "model",
    key: modelStepKey,
    label: `model ${options.externalId}`,
    provider: options.provider,
    externalId: options.externalId,
    name: options.name,
    initializedFrom: baseKeys[0],
    baseRelation: baseKeys[0] ? relation : undefined,
    description:
      card.baseModels.length > 1
        ? `Base models on its model card (${relation}): ${card.baseModels.join(", ")}.`
        : undefined,
    tags: [],
  });

  const datasetKeys = card.datasets.map((name) => {
    const key = `dataset-name:${name}`;
    steps.push({ kind: "dataset-ref", key, label: `dataset ${name}`, name });
    return key;
  });

  if (datasetKeys.length > 0 && baseKeys.length === 0) {
    warnings.push(
      "The card lists datasets but no base_model: a training run needs the base, so the datasets are not linked.",
    );
  } else if (datasetKeys.length > 0 && !TRAINED.includes(relation)) {
    warnings.push(`A ${relation} is not trained on data: the card's datasets are not linked as training data.`);
  } else if (datasetKeys.length > 0) {
    steps.push({
      kind: "run",
      key: `run:${modelStepKey}`,
      label: `run training ${options.externalId} on ${card.datasets.join(", ")}`,
      idempotencyKey: `pedigree:hf-card:run:${contentKey(options.provider, options.externalId, card.baseModels[0], ...[...card.datasets].sort())}`,
      student: modelStepKey,
      initializedFrom: baseKeys[0],
      datasets: datasetKeys,
      teachers: [],
      method: relation === "adapter" ? "lora" : relation === "distilled" ? "logit_distillation" : "sft",
    });
  }
  return { steps, warnings };
}
