import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";

const TONES: Record<string, Tone> = {
  finetune: "blue",
  adapter: "violet",
  prompted: "amber",
  merge: "teal",
  quantized: "gray",
  distilled: "pink",
};

const DESCRIPTIONS: Record<string, string> = {
  finetune: "Fine-tuned from the model it was initialised from",
  adapter: "An adapter (e.g. LoRA) on the model it was initialised from",
  prompted: "The model it was initialised from, with a system prompt",
  merge: "A merge that includes the model it was initialised from",
  quantized: "A quantised copy of the model it was initialised from",
  distilled: "Distilled from the model it was initialised from",
};

/** `promptKnown: false` for a prompted model whose system prompt was never recorded: it says so rather than implying one. */
export function RelationBadge({ relation, promptKnown }: { relation: string; promptKnown?: boolean }) {
  const unknownPrompt = relation === "prompted" && promptKnown === false;
  return (
    <Badge
      tone={TONES[relation] ?? "gray"}
      title={unknownPrompt ? "Prompted, but its system prompt was not recorded" : DESCRIPTIONS[relation]}
    >
      {unknownPrompt ? "prompted, prompt unknown" : relation}
    </Badge>
  );
}
