// How the import page reads the API's answer to a check (dry run) or an import. Pure.
import type { ImportSummary } from "@/lib/imports/import.types";
import { lineErrorsOf, type LineError } from "@/lib/http/line-errors";
import { parseProblem } from "@/lib/http/problem-client";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";

export type ImportAnswer =
  | { kind: "checked"; measurements: MeasurementDto[]; summary: ImportSummary }
  | { kind: "imported"; measurements: MeasurementDto[]; summary: ImportSummary }
  | { kind: "problem"; status: number; detail: string; fields: Record<string, string>; lines: LineError[] };

type Answer = (MeasurementDto | { items: MeasurementDto[] }) & { dryRun?: true; summary?: ImportSummary };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** An import's own summary, counted from what it stored (a dry run's answer carries the server's). */
function summarize(measurements: readonly MeasurementDto[]): ImportSummary {
  const traits = new Map<string, ImportSummary["traits"][number]>();
  const models = new Map<string, ImportSummary["models"][number]>();
  for (const m of measurements) {
    const trait = traits.get(m.trait.slug) ?? {
      slug: m.trait.slug,
      name: m.trait.name,
      created: false,
      measurements: 0,
    };
    trait.measurements += 1;
    traits.set(m.trait.slug, trait);
    const model = models.get(m.model.id) ?? { id: m.model.id, name: m.model.name, measurements: 0 };
    model.measurements += 1;
    models.set(m.model.id, model);
  }
  return {
    measurements: measurements.length,
    traitsCreated: 0,
    traits: [...traits.values()],
    models: [...models.values()],
  };
}

/** 200 with `dryRun: true`: checked; 201: imported; anything else: the problem, with its fields and lines. */
export function readImportAnswer(status: number, body: string): ImportAnswer {
  const json = parseJson(body) as Answer | null;
  if ((status === 200 || status === 201) && json && typeof json === "object") {
    const { dryRun, summary, ...answer } = json;
    const measurements = "items" in answer ? answer.items : [answer];
    if (status === 200 && dryRun === true && summary) return { kind: "checked", measurements, summary };
    if (status === 201) return { kind: "imported", measurements, summary: summarize(measurements) };
  }
  const problem = parseProblem(status, body, {
    fallbackTitle: status === 0 ? "Could not reach the server." : `The import failed (HTTP ${status}).`,
  });
  const lines = lineErrorsOf(problem);
  const fields: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    if (error.field && error.message && !/^line \d+$/.test(error.field)) fields[error.field] ??= error.message;
  }
  return { kind: "problem", status, detail: problem.detail ?? problem.title, fields, lines };
}
