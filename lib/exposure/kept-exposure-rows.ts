import type { Exposure } from "./compute-exposures";

export interface KeptPathRow {
  modelId: string;
  traitId: string;
  sourceId: string;
  path: Exposure["path"];
  distance: number;
  sharedInitialization: boolean;
  risk: "high" | "lower";
}

export interface KeptPairRow {
  modelId: string;
  traitId: string;
  modelName: string;
  /** 0 for high risk (some path shares the source's initialisation), 1 for lower. */
  riskRank: number;
  measured: boolean;
}

/**
 * The rows that keep computed exposures: one per (model, trait, source) with its shortest path, and one
 * per (model, trait) with what the "measure next" list sorts and filters on. `measured` holds
 * "modelId|traitId" for each pair with a measurement. Pure.
 */
export function keptRowsOf(
  exposures: readonly Exposure[],
  measured: ReadonlySet<string>,
): { paths: KeptPathRow[]; pairs: KeptPairRow[] } {
  const pairs = new Map<string, KeptPairRow>();
  const paths = exposures.map((exposure): KeptPathRow => {
    const key = `${exposure.modelId}|${exposure.traitId}`;
    const riskRank = exposure.risk === "high" ? 0 : 1;
    const pair = pairs.get(key);
    if (pair) pair.riskRank = Math.min(pair.riskRank, riskRank);
    else
      pairs.set(key, {
        modelId: exposure.modelId,
        traitId: exposure.traitId,
        modelName: exposure.path[exposure.path.length - 1].name,
        riskRank,
        measured: measured.has(key),
      });
    return {
      modelId: exposure.modelId,
      traitId: exposure.traitId,
      sourceId: exposure.source.id,
      path: exposure.path,
      distance: exposure.path.length - 1,
      sharedInitialization: exposure.sharedInitialization,
      risk: exposure.risk,
    };
  });
  return { paths, pairs: [...pairs.values()] };
}
