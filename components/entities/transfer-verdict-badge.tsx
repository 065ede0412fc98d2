import { ArrowDownRight, ArrowUpRight, CircleSlash, Equal } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { isWorseShift, VERDICT_WORDS, type TransferVerdict } from "@/lib/measurements/transfer-verdict";

const ICONS: Record<TransferVerdict, typeof Equal> = {
  "shift-up": ArrowUpRight,
  "shift-down": ArrowDownRight,
  "no-shift": Equal,
  untestable: CircleSlash,
};

/** The verdict of a comparison, in the same words wherever one is shown; red when the trait moved the bad way. */
export function TransferVerdictBadge({ verdict, higherIsWorse }: { verdict: TransferVerdict; higherIsWorse: boolean }) {
  const Icon = ICONS[verdict];
  const tone =
    verdict === "no-shift" || verdict === "untestable"
      ? "gray"
      : isWorseShift(verdict, higherIsWorse)
        ? "red"
        : "violet";
  return (
    <span data-testid="transfer-verdict" data-verdict={verdict}>
      <Badge tone={tone} icon={<Icon size={11} aria-hidden="true" />} title={VERDICT_WORDS[verdict].meaning}>
        {VERDICT_WORDS[verdict].label}
      </Badge>
    </span>
  );
}
