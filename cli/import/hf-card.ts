import { parse as parseYaml } from "yaml";

// A Hugging Face model card (README.md) and the metadata in its YAML front matter that says where
// the model comes from: base_model (one id or a list), base_model_relation (adapter, merge,
// quantized, finetune) and datasets (Hub dataset ids). See huggingface.co/docs/hub/model-cards.

export interface HfCard {
  /** model_name, or the first model-index entry's name. */
  name: string | null;
  baseModels: string[];
  baseRelation: string | null;
  datasets: string[];
  metadata: Record<string, unknown>;
}

export class CardError extends Error {}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** One string or a list of strings; anything else is an error naming the field. */
function stringList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, index) => {
    if (typeof item !== "string" || item.trim() === "")
      throw new CardError(
        `'${field}'${Array.isArray(value) ? `[${index}]` : ""} must be a Hugging Face id (a string).`,
      );
    return item.trim();
  });
}

function modelIndexName(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  const name = (value[0] as { name?: unknown } | undefined)?.name;
  return typeof name === "string" && name.trim() !== "" ? name.trim() : null;
}

export function parseHfCard(text: string): HfCard {
  const match = FRONT_MATTER.exec(text);
  if (!match)
    throw new CardError(
      "The card has no YAML front matter: it must start with a line '---', the metadata, and a closing '---'.",
    );
  let metadata: unknown;
  try {
    metadata = parseYaml(match[1]);
  } catch (error) {
    throw new CardError(`The front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (metadata === null || metadata === undefined) metadata = {};
  if (typeof metadata !== "object" || Array.isArray(metadata))
    throw new CardError("The front matter must be a YAML mapping (key: value lines).");
  const fields = metadata as Record<string, unknown>;
  const relation = fields.base_model_relation;
  if (relation !== undefined && relation !== null && typeof relation !== "string")
    throw new CardError("'base_model_relation' must be a string.");
  const name =
    typeof fields.model_name === "string" && fields.model_name.trim() !== ""
      ? fields.model_name.trim()
      : modelIndexName(fields["model-index"]);
  return {
    name,
    baseModels: stringList(fields.base_model, "base_model"),
    baseRelation: typeof relation === "string" ? relation.trim().toLowerCase() : null,
    datasets: stringList(fields.datasets, "datasets"),
    metadata: fields,
  };
}
