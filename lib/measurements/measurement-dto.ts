import { groupQuestionsByText } from "@/lib/stats/group-questions";
import { modelAndTraitInclude, type ModelAndTrait } from "@/lib/traits/model-and-trait";
import type { Estimate } from "@/lib/stats/interval";
import { questionMeanRate } from "@/lib/stats/question-rate";
import { wilsonInterval } from "@/lib/stats/wilson-interval";
import type { MeasurementDto } from "./measurement.types";
import type { MeasurementKind } from "@/lib/generated/prisma/enums";

export const measurementInclude = {
  ...modelAndTraitInclude,
  questions: { select: { question: true, sampleCount: true, positiveCount: true }, orderBy: { ordinal: "asc" } },
} as const;

interface MeasurementRow extends ModelAndTrait {
  id: string;
  protocol: string;
  kind: MeasurementKind;
  sampleCount: number | null;
  positiveCount: number | null;
  value: number;
  ciLow: number | null;
  ciHigh: number | null;
  ciMethod: string | null;
  seed: number | null;
  source: string | null;
  notes: string | null;
  isDemo: boolean;
  measuredAt: Date;
  questions: { question: string; sampleCount: number; positiveCount: number }[];
}

/**
 * Both intervals are derived from the stored counts, so they are computed one way everywhere.
 * Questions are grouped by their text first, as the reference implementation does.
 */
export function toMeasurementDto(row: MeasurementRow): MeasurementDto {
  const wilson =
    row.kind === "proportion" && row.sampleCount !== null && row.positiveCount !== null
      ? wilsonInterval(row.positiveCount, row.sampleCount)
      : null;
  const grouped = groupQuestionsByText(
    row.questions.map((q) => ({ question: q.question, n: q.sampleCount, positives: q.positiveCount })),
  );
  const questions = grouped.length > 0 ? questionMeanRate(grouped) : null;
  const reported: Estimate | null =
    row.ciLow !== null && row.ciHigh !== null
      ? {
          estimate: row.value,
          low: row.ciLow,
          high: row.ciHigh,
          method: row.ciMethod ?? "reported",
          ...(row.ciHigh > row.ciLow ? {} : { noInterval: "the reported interval has no width" }),
        }
      : null;
  return {
    id: row.id,
    model: row.model,
    trait: row.trait,
    protocol: row.protocol,
    kind: row.kind,
    sampleCount: row.sampleCount,
    positiveCount: row.positiveCount,
    questionCount: grouped.length,
    value: row.value,
    shown: questions ?? reported ?? wilson,
    wilson,
    questions,
    seed: row.seed,
    source: row.source,
    notes: row.notes,
    isDemo: row.isDemo,
    measuredAt: row.measuredAt.toISOString(),
  };
}

/** The interval shown for a measurement as flat columns (all null when there is none), for tables and reports. */
export function shownIntervalColumns(measurement: Pick<MeasurementDto, "shown">) {
  const { shown } = measurement;
  return {
    ciLow: shown?.low ?? null,
    ciHigh: shown?.high ?? null,
    ciMethod: shown?.method ?? null,
    ciNote: shown?.noInterval ?? null,
  };
}
