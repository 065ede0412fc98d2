import type { ExposedPair, ExposurePath } from "./exposure.types";

export interface KeptPathRow {
  modelId: string;
  traitId: string;
  sourceId: string;
  path: ExposurePath["path"];
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
  sourceCount: number;
}

/**
 * The rows that keep computed exposures: one per kept path (model, trait, source), and one per
 * (model, trait) with what the "measure next" list sorts and filters on. High risk when any source
 * shares the model's initialisation: the kept paths put those first, so the first path tells. `measured`
 * holds "modelId|traitId" for each pair with a measurement. Pure.
 */
export function keptRowsOf(
  pairs: readonly ExposedPair[],
  measured: ReadonlySet<string>,
): { paths: KeptPathRow[]; pairs: KeptPairRow[] } {
  const paths = pairs.flatMap(({ modelId, traitId, paths }) =>
    paths.map((exposure): KeptPathRow => ({
      modelId,
      traitId,
      sourceId: exposure.source.id,
      path: exposure.path,
      distance: exposure.path.length - 1,
      sharedInitialization: exposure.sharedInitialization,
      risk: exposure.risk,
    })),
  );
  const rows = pairs
    .filter((pair) => pair.paths.length > 0)
    .map((pair): KeptPairRow => ({
      modelId: pair.modelId,
      traitId: pair.traitId,
      modelName: pair.paths[0].path[pair.paths[0].path.length - 1].name,
      riskRank: pair.paths.some((path) => path.risk === "high") ? 0 : 1,
      measured: measured.has(`${pair.modelId}|${pair.traitId}`),
      sourceCount: pair.sourceCount,
    }));
  return { paths, pairs: rows };
}
