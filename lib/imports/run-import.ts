import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/connect";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import type { ImportSummary } from "./import.types";

/** Carries a dry run's answer out of its transaction: throwing it is what rolls the writes back. */
class DryRunRollback<T> extends Error {
  constructor(readonly result: T) {
    super("dry run: rolled back");
  }
}

export type ImportOutcome<T> = { dryRun: false; result: T } | { dryRun: true; result: T; summary: ImportSummary };

/**
 * Runs an import's writes in one transaction. On a dry run the whole import runs just the same (every row
 * checked, every trait resolved, every measurement computed, with their audit events), then the transaction
 * is rolled back: the answer is what would have been stored, and nothing is.
 */
export async function runImport<T>(
  dryRun: boolean,
  work: (tx: Tx) => Promise<T>,
  measurementsOf: (result: T) => readonly MeasurementDto[],
): Promise<ImportOutcome<T>> {
  const prisma = await db();
  if (!dryRun) return { dryRun: false, result: await prisma.$transaction(work) };
  try {
    await prisma.$transaction(async (tx) => {
      const traitsBefore = new Set((await tx.trait.findMany({ select: { id: true } })).map((t) => t.id));
      const result = await work(tx);
      throw new DryRunRollback({ result, summary: summarize(measurementsOf(result), traitsBefore) });
    });
  } catch (error) {
    if (error instanceof DryRunRollback) {
      const { result, summary } = error.result as { result: T; summary: ImportSummary };
      return { dryRun: true, result, summary };
    }
    throw error;
  }
  throw new Error("a dry run's transaction must roll back");
}

/** What an import stores, counted: its measurements, by trait (new ones marked) and by model. */
function summarize(measurements: readonly MeasurementDto[], traitsBefore: ReadonlySet<string>): ImportSummary {
  const traits = new Map<string, ImportSummary["traits"][number]>();
  const models = new Map<string, ImportSummary["models"][number]>();
  for (const m of measurements) {
    const trait = traits.get(m.trait.id) ?? {
      slug: m.trait.slug,
      name: m.trait.name,
      created: !traitsBefore.has(m.trait.id),
      measurements: 0,
    };
    trait.measurements += 1;
    traits.set(m.trait.id, trait);
    const model = models.get(m.model.id) ?? { id: m.model.id, name: m.model.name, measurements: 0 };
    model.measurements += 1;
    models.set(m.model.id, model);
  }
  return {
    measurements: measurements.length,
    traitsCreated: [...traits.values()].filter((t) => t.created).length,
    traits: [...traits.values()],
    models: [...models.values()],
  };
}
