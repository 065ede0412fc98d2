import type { KeptPairRow } from "./kept-exposure-rows";

/**
 * The pairs that joined the "measure next" list in a refresh: exposed and unmeasured now, and not among
 * `before` (the "modelId|traitId" of the unmeasured pairs kept until then). Pure.
 */
export function newlyExposedPairs(before: ReadonlySet<string>, after: readonly KeptPairRow[]): KeptPairRow[] {
  return after.filter((pair) => !pair.measured && !before.has(`${pair.modelId}|${pair.traitId}`));
}
