import { ShieldAlert, ShieldQuestion } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { RISK_WORDS } from "@/lib/measurements/exposure-words";

/** high: the exposed model shares the source's initialisation; lower: a different base. */
export function ExposureRiskBadge({ risk }: { risk: "high" | "lower" }) {
  const words = RISK_WORDS[risk];
  return risk === "high" ? (
    <Badge tone="red" icon={<ShieldAlert size={11} aria-hidden="true" />} title={`High risk: ${words.reason}`}>
      {words.label}
    </Badge>
  ) : (
    <Badge tone="amber" icon={<ShieldQuestion size={11} aria-hidden="true" />} title={`Lower risk: ${words.reason}`}>
      {words.label}
    </Badge>
  );
}
