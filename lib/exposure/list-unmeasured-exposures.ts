import "server-only";
import { db } from "@/lib/db";
import { defined } from "@/lib/defined";
import { computeExposures } from "./compute-exposures";
import type { UnmeasuredExposure } from "./exposure.types";

export type { UnmeasuredExposure };

/** Models exposed to a trait but never measured on it: what an auditor must evaluate next, high risk first. */
export async function listUnmeasuredExposures(): Promise<UnmeasuredExposure[]> {
  const prisma = await db();
  const { sources, exposures } = await computeExposures();
  if (exposures.length === 0) return [];
  const measured = await prisma.measurement.findMany({
    where: { modelId: { in: [...new Set(exposures.map((e) => e.modelId))] } },
    select: { modelId: true, traitId: true },
    distinct: ["modelId", "traitId"],
  });
  const isMeasured = new Set(measured.map((m) => `${m.modelId}|${m.traitId}`));
  const grouped = new Map<string, UnmeasuredExposure>();
  for (const exposure of exposures) {
    const key = `${exposure.modelId}|${exposure.traitId}`;
    if (isMeasured.has(key)) continue;
    const trait = defined(
      sources.find((s) => s.trait.id === exposure.traitId),
      `source of trait ${exposure.traitId}`,
    ).trait;
    const model = exposure.path[exposure.path.length - 1];
    const entry = grouped.get(key) ?? {
      model: { id: model.id, name: model.name },
      trait,
      risk: "lower" as const,
      exposures: [],
    };
    const { modelId: _model, traitId: _trait, ...path } = exposure;
    entry.exposures.push(path);
    if (exposure.risk === "high") entry.risk = "high";
    grouped.set(key, entry);
  }
  return [...grouped.values()].sort((a, b) =>
    a.risk === b.risk ? a.model.name.localeCompare(b.model.name) : a.risk === "high" ? -1 : 1,
  );
}
