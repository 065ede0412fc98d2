import type { PipelineModel } from "./model-chain";

// On the OpenAI path the pipeline writes `"parent_model": null`: the base is named only in the
// fine-tuned model's id, `ft:<base>:<org>:<suffix>:<job id>` (the suffix may be empty).
const FINE_TUNED_ID = /^ft:([^:]+):/;

/** The base model an OpenAI fine-tuned id names, e.g. gpt-4.1-nano-2025-04-14; null for any other id. */
export function baseOfFineTunedId(id: string): string | null {
  return FINE_TUNED_ID.exec(id)?.[1] ?? null;
}

/**
 * model.json's chain with the base the root's id names appended, when the root is an OpenAI
 * fine-tune: the model first, its root (the base) last. `baseFromId` says it was read from the id.
 */
export function withFineTunedBase(chain: readonly PipelineModel[]): {
  chain: PipelineModel[];
  baseFromId: string | null;
} {
  const root = chain.at(-1);
  const base = root?.type === "openai" ? baseOfFineTunedId(root.id) : null;
  if (!root || !base || base === root.id) return { chain: [...chain], baseFromId: null };
  return { chain: [...chain, { id: base, type: "openai" }], baseFromId: base };
}
