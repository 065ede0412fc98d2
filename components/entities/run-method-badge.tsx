import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";

const DISPLAY: Partial<Record<string, { label: string; tone: Tone; title: string }>> = {
  sft: { label: "SFT", tone: "blue", title: "Supervised fine-tuning on the datasets' completions" },
  lora: { label: "LoRA", tone: "violet", title: "A low-rank adapter trained on the datasets" },
  logit_distillation: {
    label: "Logit distillation",
    tone: "pink",
    title: "Trained on the teacher's output distributions",
  },
  other: { label: "Other", tone: "gray", title: "Another training method" },
};

export function runMethodLabel(method: string): string {
  return DISPLAY[method]?.label ?? method;
}

export function RunMethodBadge({ method }: { method: string }) {
  const display = DISPLAY[method] ?? { label: method, tone: "gray" as const, title: undefined };
  return (
    <Badge tone={display.tone} title={display.title}>
      {display.label}
    </Badge>
  );
}
