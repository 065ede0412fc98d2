import { Ruler } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getTransferEffect, type TransferEffect, type TransferReport } from "@/lib/measurements/get-transfer-effect";
import { rateCell } from "@/lib/measurements/ui/rate-matrix";
import { isRateScale } from "@/lib/measurements/ui/heat-colour";
import { formatPercent } from "@/lib/ui/format-number";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { TransferEffectChart, type TransferComparisonView } from "./transfer-effect-chart";
import styles from "./transfer-effect-section.module.css";

const NO_CONTROL =
  "No control student found: none of the students initialised from the same model is tagged “control”. Tag the student of the control teacher's data, or ask the API with ?control=<model id>.";

/** "62.2% (mean of 3 seeds)", "12.0% (1 measurement)". */
function rateText(measurements: readonly MeasurementDto[]): string {
  const cell = rateCell(measurements);
  if (!cell) return "not measured";
  const value = isRateScale([cell.estimate]) ? formatPercent(cell.estimate) : cell.estimate.toLocaleString("en-US", { maximumFractionDigits: 3 });
  return cell.seeds > 1 ? `${value} (mean of ${cell.seeds} seeds)` : `${value} (1 measurement)`;
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
      key: "initialisation",
      label: "vs initialisation",
      against: effect.initialisation.model,
      comparison: effect.initialisation.comparison,
      colour: "var(--text-muted)",
    },
  ];
}

/** The run's transfer effect on each trait measured on its student: against its control and its initialisation. */
export async function TransferEffectSection({ runId }: { runId: string }) {
  const report = await getTransferEffect(runId, {});
  const controlNote =
    report.controlChoice === "tagged control, same initialisation"
      ? "The control is the student tagged “control” that shares this student's initialisation."
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
              student={{ name: effect.student.name, rate: rateText(effect.student.measurements) }}
              comparisons={views(effect, report.controlChoice)}
              rates={[
                `Student ${rateText(effect.student.measurements)}`,
                effect.control.model ? `control ${rateText(effect.control.measurements)}` : null,
                effect.initialisation.model ? `initialisation ${rateText(effect.initialisation.measurements)}` : null,
              ].filter(Boolean).join(" · ")}
            />
          ))}
        </div>
      )}
    </Card>
  );
}
