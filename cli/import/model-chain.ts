// The reference pipeline's model.json: {"id", "type": "openai" | "open_source", "parent_model": {same} | null}.
// (Some versions of the pipeline call the parent `source_model`; both are read.) A chain of
// parents is a lineage: the fine-tuned student, the model it was tuned from, and so on.

export type PipelineModelType = "openai" | "open_source";

export interface PipelineModel {
  id: string;
  type: PipelineModelType;
}

const MAX_DEPTH = 50;

/** The chain from the model itself (first) to its root (last). Throws a message for a malformed file. */
export function parseModelChain(value: unknown): PipelineModel[] {
  const chain: PipelineModel[] = [];
  let current = value;
  let path = "";
  while (current !== null && current !== undefined) {
    if (typeof current !== "object" || Array.isArray(current))
      throw new Error(`${path || "the file"} must be a JSON object`);
    const model = current as { id?: unknown; type?: unknown; parent_model?: unknown; source_model?: unknown };
    if (typeof model.id !== "string" || model.id.trim() === "") throw new Error(`${path}id must be a non-empty string`);
    if (model.type !== "openai" && model.type !== "open_source")
      throw new Error(`${path}type must be "openai" or "open_source"`);
    if (chain.some((seen) => seen.id === model.id && seen.type === model.type))
      throw new Error(`${path}id '${model.id}' repeats: the chain of parents loops`);
    chain.push({ id: model.id.trim(), type: model.type });
    if (chain.length > MAX_DEPTH) throw new Error(`the chain of parents is longer than ${MAX_DEPTH}`);
    const parentKey = model.parent_model !== undefined ? "parent_model" : "source_model";
    current = model[parentKey];
    path = `${path}${parentKey}.`;
  }
  if (chain.length === 0) throw new Error("the file must be a JSON object");
  return chain;
}

/** Where Pedigree records a pipeline model: OpenAI's models under openai, open models (Hub ids) under huggingface. */
export function providerOf(type: PipelineModelType): string {
  return type === "openai" ? "openai" : "huggingface";
}

/** For a model named only by an evaluation's responses: Hub ids have an owner ("unsloth/Qwen2.5-7B-Instruct"). */
export function guessModelType(id: string): PipelineModelType {
  return id.includes("/") ? "open_source" : "openai";
}
