import { ForestRateChart } from "@/components/entities/forest-rate-chart";
import { csvFileName } from "@/lib/format/csv";
import { listMeasurements } from "@/lib/measurements/list-measurements";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { rateMatrix, type RateSeries } from "@/lib/measurements/rate-matrix";
import type { ModelDetail } from "@/lib/models/get-model";
import { listRuns } from "@/lib/runs/list-runs";

const COLOURS = {
  self: "var(--accent)",
  initialization: "var(--text-subtle)",
  teacher: "var(--tone-amber-text)",
} as const;

/**
 * Every trait measured on the model: its rate and interval beside its initialisation's and its
 * teachers' (the models that generated the data it was trained on), so that a shift stands out.
 */
export async function TraitRatesSection({
  model,
}: {
  model: Pick<ModelDetail, "id" | "name" | "initializedFrom" | "producedBy">;
}) {
  const runs = model.producedBy.length > 0 ? (await listRuns({ studentId: model.id, limit: 50 })).items : [];
  const teachers = [
    ...new Map(runs.flatMap((run) => run.teachers).map((teacher) => [teacher.id, teacher])).values(),
  ].filter((teacher) => teacher.id !== model.id && teacher.id !== model.initializedFrom?.id);
  const [own, initial, ...taught] = await Promise.all([
    listMeasurements({ modelId: model.id }),
    model.initializedFrom
      ? listMeasurements({ modelId: model.initializedFrom.id })
      : Promise.resolve([] as MeasurementDto[]),
    ...teachers.map((teacher) => listMeasurements({ modelId: teacher.id })),
  ]);
  if (own.length === 0) return null;

  const entries: {
    series: RateSeries;
    measurements: MeasurementDto[];
    label: string;
    colour: string;
    hollow: boolean;
  }[] = [
    {
      series: { key: model.id, role: "This model", model: { id: model.id, name: model.name } },
      measurements: own,
      label: "This model",
      colour: COLOURS.self,
      hollow: false,
    },
  ];
  if (model.initializedFrom) {
    const base = model.initializedFrom;
    entries.push({
      series: { key: `init-${base.id}`, role: "Initialisation", model: { id: base.id, name: base.name } },
      measurements: initial,
      label: `Initialisation · ${base.name}`,
      colour: COLOURS.initialization,
      hollow: true,
    });
  }
  teachers.forEach((teacher, i) => {
    entries.push({
      series: { key: `teacher-${teacher.id}`, role: "Teacher", model: teacher },
      measurements: taught[i],
      label: `Teacher · ${teacher.name}`,
      colour: COLOURS.teacher,
      hollow: false,
    });
  });
  const matrix = rateMatrix(entries, own);

  const compared = [
    model.initializedFrom ? "its initialisation" : null,
    teachers.length > 0 ? (teachers.length > 1 ? "its teachers" : "its teacher") : null,
  ].filter(Boolean);
  return (
    <ForestRateChart
      matrix={matrix}
      seriesLabels={entries.map((entry) => entry.label)}
      colours={entries.map((entry) => entry.colour)}
      hollow={entries.map((entry) => entry.hollow)}
      title="Trait rates"
      label="trait rates of this model"
      summary={
        compared.length > 0
          ? `Each trait measured on this model, with 95% intervals, beside ${compared.join(" and ")}. Several measurements are averaged across seeds.`
          : "Each trait measured on this model, with 95% intervals. Several measurements are averaged across seeds."
      }
      csvFileName={csvFileName(model.name, "trait rates")}
      testId="model-trait-rates"
    />
  );
}
