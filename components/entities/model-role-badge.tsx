import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/components/ui/tone";
import { modelRole, type ModelRoleInput, type ModelRole } from "@/lib/models/model-role";

const ROLE_DISPLAY: Record<ModelRole, { tone: Tone; label: string; title: string }> = {
  base: { tone: "gray", label: "base", title: "No recorded parent model" },
  teacher: {
    tone: "amber",
    label: "teacher",
    title: "Generated a recorded dataset, or has a system prompt (the usual way a trait is given to a teacher)",
  },
  student: { tone: "violet", label: "student", title: "Produced by a distillation run on another model's data" },
  prompted: { tone: "amber", label: "prompted", title: "Derived by prompting; no system prompt recorded" },
  derived: { tone: "blue", label: "derived", title: "Trained, adapted, merged or quantised from another model" },
};

export function ModelRoleBadge({ model }: { model: ModelRoleInput }) {
  const display = ROLE_DISPLAY[modelRole(model)];
  return (
    <Badge tone={display.tone} variant="dot" title={display.title}>
      {display.label}
    </Badge>
  );
}
