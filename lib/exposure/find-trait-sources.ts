import "server-only";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import { compareWithInitialization } from "@/lib/measurements/compare-with-initialization";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import type { TraitExposure } from "./exposure.types";

type ModelRef = { id: string; name: string };

/** A model where a trait enters the lineage: declared to carry it, or measured above its initialisation (or both). */
export type TraitSource = { model: ModelRef; trait: MeasurementDto["trait"] } & NonNullable<TraitExposure["source"]>;

/**
 * Where traits enter the lineage. A model is a source of a trait when it is declared to carry it
 * (the reference pipeline never evaluates its prompted teacher: its trait is known from its prompt),
 * or when it was measured above its initialisation by the one test of a difference
 * (compare-with-initialization.ts): a trait's rate counts how often the trait shows, so a shift up is
 * more of it, whether or not the trait is harmful. `within` limits the search to some models.
 */
export async function findTraitSources(within?: readonly string[]): Promise<TraitSource[]> {
  const prisma = await db();
  const inside = within ? { in: [...within] } : undefined;
  const declarations = await prisma.traitDeclaration.findMany({
    where: { modelId: inside },
    select: {
      reason: true,
      declaredByLabel: true,
      createdAt: true,
      model: { select: { id: true, name: true } },
      trait: { select: { id: true, slug: true, name: true, higherIsWorse: true } },
    },
  });
  // Candidates for a measured source: measured on a trait their initialisation was measured on too.
  const candidates = await prisma.$queryRaw<{ model_id: string; trait_id: string }[]>`
    SELECT DISTINCT ms.model_id, ms.trait_id
      FROM measurements ms JOIN models m ON m.id = ms.model_id
     WHERE (${within ?? null}::text[] IS NULL OR ms.model_id = ANY(${within ?? null}::text[]))
       AND EXISTS (SELECT 1 FROM measurements b WHERE b.model_id = m.initialized_from_id AND b.trait_id = ms.trait_id)`;
  const compared = await compareWithInitialization(
    candidates.map((c) => ({ modelId: c.model_id, traitId: c.trait_id })),
  );
  const traits = await prisma.trait.findMany({
    where: { id: { in: [...new Set(candidates.map((c) => c.trait_id))] } },
    select: { id: true, slug: true, name: true, higherIsWorse: true },
  });

  const sources = new Map<string, TraitSource>();
  for (const d of declarations) {
    sources.set(`${d.model.id}|${d.trait.id}`, {
      model: d.model,
      trait: d.trait,
      measured: null,
      declaration: { reason: d.reason, declaredBy: d.declaredByLabel, createdAt: d.createdAt.toISOString() },
    });
  }
  for (const result of compared.values()) {
    const trait = defined(
      traits.find((t) => t.id === result.traitId),
      `trait ${result.traitId}`,
    );
    const { comparison } = result;
    if (!comparison.available || comparison.verdict !== "shift-up") continue;
    const key = `${result.model.id}|${trait.id}`;
    const entry = sources.get(key) ?? { model: result.model, trait, declaration: null, measured: null };
    entry.measured = { baseline: result.baseline, protocol: result.protocol, comparison };
    sources.set(key, entry);
  }
  return [...sources.values()];
}
