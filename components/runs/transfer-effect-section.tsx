import { Ruler } from "lucide-react";
import { isRateScale } from "@/components/entities/heat-colour";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatPercent } from "@/lib/format/format-number";
import { getTransferEffect, type TransferEffect, type TransferReport } from "@/lib/measurements/get-transfer-effect";
import type { Estimate } from "@/lib/stats/interval";
import { TransferEffectChart, type TransferComparisonView } from "./transfer-effect-chart";
import styles from "./transfer-effect-section.module.css";

const NO_CONTROL =
  "No control student found: no student initialised from the same model was trained on a control teacher's data (tagged “control”, or data its own unprompted base generated). Tag the control students, or ask the API with ?control=<model id>.";

/** "62.2% (mean of 3 seeds)", "12.0% (1 measurement)". */
function rateText(rate: Estimate | null, seeds: number): string {
  if (!rate) return "not measured";
  const value = isRateScale([rate.estimate])
    ? formatPercent(rate.estimate)
    : rate.estimate.toLocaleString("en-US", { maximumFractionDigits: 3 });
  return seeds > 1 ? `${value} (mean of ${seeds} seeds)` : `${value} (1 measurement)`;
}

function views(effect: TransferEffect, controlChoice: TransferReport["controlChoice"]): TransferComparisonView[] {
  return [
    {
      key: "control",
      label: "vs control",
      against: effect.control.model,
      comparison: effect.control.comparison,
      missing: effect.control.model ? undefined : controlChoice === "none found" ? NO_CONTROL : undefined,
      colour: "var(--accent)",
    },
    {
      key: "initialization",
      label: "vs initialisation",
      against: effect.initialization.model,
      comparison: effect.initialization.comparison,
      colour: "var(--text-muted)",
    },
  ];
}

/** The run's transfer effect on each trait measured on its student: against its control and its initialisation. */
export async function TransferEffectSection({ runId }: { runId: string }) {
  const report = await getTransferEffect(runId, {});
  const controlNote =
    report.controlChoice === "control condition, same initialisation"
      ? "The control is the condition of students trained from the same initialisation on a control teacher's data."
      : report.controlChoice === "given"
        ? "The control was chosen explicitly."
        : "No control student was found for this run.";
  return (
    <Card
      title="Transfer effect"
      meta={report.effects.length}
      description={`Did the student move away from its control and its initialisation? ${controlNote}`}
      flush
      id="transfer-effect"
    >
      {report.effects.length === 0 ? (
        <EmptyState
          compact
          icon={<Ruler size={18} />}
          title="The student has not been measured"
          description="Measure the student (and its control) on a trait to see whether the teacher's trait transferred."
        />
      ) : (
        <div className={styles.effects}>
          {report.effects.map((effect) => (
            <TransferEffectChart
              key={effect.trait.id}
              runId={runId}
              trait={effect.trait}
              student={{
                name: effect.student.name,
                rate: rateText(effect.student.rate, effect.student.measurements.length),
              }}
              comparisons={views(effect, report.controlChoice)}
              rates={[
                `${report.condition.members.length > 1 ? `Condition (${report.condition.members.length} students)` : "Student"} ${rateText(effect.student.rate, effect.student.measurements.length)}`,
                effect.control.model
                  ? `control ${rateText(effect.control.rate, effect.control.measurements.length)}`
                  : null,
                effect.initialization.model
                  ? `initialisation ${rateText(effect.initialization.rate, effect.initialization.measurements.length)}`
                  : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            />
          ))}
        </div>
      )}
    </Card>
  );
}
