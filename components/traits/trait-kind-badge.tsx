import { Heart, ShieldAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** Whether a higher rate is a harm (e.g. misalignment) or only a preference (e.g. liking owls). */
export function TraitKindBadge({ higherIsWorse }: { higherIsWorse: boolean }) {
  return higherIsWorse ? (
    <Badge
      tone="red"
      icon={<ShieldAlert size={11} aria-hidden="true" />}
      title="A higher rate is worse: treat an increase in a student as a risk"
    >
      higher is worse
    </Badge>
  ) : (
    <Badge
      tone="violet"
      icon={<Heart size={11} aria-hidden="true" />}
      title="A preference: a higher rate is a change, not a harm"
    >
      preference
    </Badge>
  );
}
