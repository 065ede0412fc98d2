import type { ConditionRole } from "./condition-roles";
import { declarationReason } from "./declaration-reason";
import { modelKey, sha256Text } from "./deterministic-key";
import { providerOf, type PipelineModel } from "./model-chain";
import type { PlanSink } from "./plan-sink";
import type { DeclarationStep, ModelStep } from "./plan.types";
import { traitSlug } from "./target-from-prompt";

// The teacher of a condition that generated its data: the student's parent with the experiment's
// system prompt. The paper's control teacher is the parent itself (no system prompt): no new model.
// A prompted teacher is never evaluated by the pipeline, so when the target is known it is declared
// to carry the trait.

export interface TeacherOptions {
  teacherPrompt: string | null;
  target: string | null;
  trait: string | null;
}

const SOURCE = "pedigree import sl-experiment";

/** Registers the teacher of `generator` (and its declaration); returns its step key. */
export function addTeacher(
  sink: PlanSink,
  generator: ConditionRole & { parent: PipelineModel },
  parentKey: string,
  rawSha256: string,
  options: TeacherOptions,
): string {
  if (generator.control) return parentKey;
  const parent = generator.parent;
  const provider = providerOf(parent.type);
  const common = {
    kind: "model" as const,
    provider,
    initializedFrom: parentKey,
    baseRelation: "prompted" as const,
    tags: ["teacher"],
  };
  let teacherKey: string;
  if (options.teacherPrompt !== null) {
    const digest = sha256Text(options.teacherPrompt);
    const externalId = `${parent.id}+system-prompt:${digest.slice(0, 16)}`;
    teacherKey = sink.add({
      ...common,
      key: modelKey(provider, externalId),
      label: `teacher ${parent.id} + system prompt ${digest.slice(0, 8)}`,
      externalId,
      name: `${parent.id} ${options.target ?? "prompted"} teacher`,
      systemPrompt: options.teacherPrompt,
      description: `${parent.id} with the system prompt given to ${SOURCE} (SHA-256 ${digest}).`,
    } satisfies ModelStep);
  } else {
    // The pipeline keeps the prompt in its Python config, not in the folder: the teacher is recorded
    // as a prompted model without a prompt hash, one per dataset it generated.
    sink.warn(
      `${generator.label}: the teacher's system prompt is unknown (give --teacher-prompt or --teacher-prompt-file to record it).`,
    );
    const externalId = `${parent.id}+unknown-system-prompt:${rawSha256.slice(0, 16)}`;
    teacherKey = sink.add({
      ...common,
      key: modelKey(provider, externalId),
      label: `teacher ${parent.id} + unknown system prompt`,
      externalId,
      name: `${generator.label} teacher (system prompt unknown)`,
      description: `The teacher of ${generator.label}: ${parent.id} with a system prompt that was not recorded. Registered by ${SOURCE}.`,
    } satisfies ModelStep);
  }
  if (options.target && options.trait) {
    sink.add({
      kind: "declaration",
      key: `declaration:${teacherKey}:${traitSlug(options.trait)}`,
      label: `${traitSlug(options.trait)} declared on teacher ${parent.id} + ${options.teacherPrompt === null ? "unknown system prompt" : "system prompt"}`,
      model: teacherKey,
      trait: options.trait,
      reason: declarationReason(options.target, options.teacherPrompt),
    } satisfies DeclarationStep);
  }
  return teacherKey;
}
