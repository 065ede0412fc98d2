import { withFineTunedBase } from "./fine-tuned-base";
import type { PipelineModel } from "./model-chain";
import type { Condition } from "./read-condition";
import { parseSeedFolder, type SeedFolder } from "./seed-folder";

// What each condition folder is, read from its name and its model.json alone: a control or not, a
// further seed of another condition, and the model trained there with the model it was trained from.

export interface ConditionRole {
  condition: Condition;
  /** "<experiment>/<condition>", the prefix of the names the import gives. */
  label: string;
  /** Its teacher is the base itself, with no system prompt (the paper's control). */
  control: boolean;
  /** `<condition>_seed<N>/`: a further seed of `<condition>`. */
  seed: SeedFolder | null;
  /** model.json's chain, the model first, with the base an OpenAI fine-tuned id names appended; null without model.json. */
  chain: PipelineModel[] | null;
  /** The base read from the fine-tuned id (model.json said `parent_model: null`). */
  baseFromId: string | null;
  /** The model trained in this folder: it has a parent, or the folder holds data or is a seed folder. */
  student: PipelineModel | null;
  /** The model the student was trained from (the teacher's base when the folder generated data); null when unknown. */
  parent: PipelineModel | null;
  /** The student's display name. */
  studentName: string;
}

export interface RoleOptions {
  experiment: string;
  isControl: (condition: string) => boolean;
}

export function describeConditions(conditions: readonly Condition[], options: RoleOptions): ConditionRole[] {
  return conditions.map((condition) => {
    const seed = parseSeedFolder(condition.name);
    const resolved = condition.chain ? withFineTunedBase(condition.chain) : null;
    const chain = resolved?.chain ?? null;
    const trained =
      chain !== null &&
      (chain.length > 1 || condition.raw !== undefined || condition.filtered !== undefined || seed !== null);
    return {
      condition,
      label: `${options.experiment}/${condition.name}`,
      control: options.isControl(condition.name) || (seed !== null && options.isControl(seed.condition)),
      seed,
      chain,
      baseFromId: resolved?.baseFromId ?? null,
      student: trained ? chain[0] : null,
      parent: trained ? (chain[1] ?? null) : null,
      studentName: seed
        ? `${options.experiment}/${seed.condition} student, seed ${seed.seed}`
        : `${options.experiment}/${condition.name} student`,
    };
  });
}
