import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<string, BadgeTone> = {
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

export function RelationBadge({ relation }: { relation: string }) {
  return (
    <Badge tone={TONES[relation] ?? "gray"} title={DESCRIPTIONS[relation]}>
      {relation}
    </Badge>
  );
}
