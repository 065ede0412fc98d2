import { compareGroups, type GroupComparison } from "./compare-groups";
import { chooseProtocol, seedsOf, type SeedRow } from "./measurement-seeds";

export interface SideComparison {
  /** The protocol both sides were compared under; null when they share none. */
  protocol: string | null;
  comparison: GroupComparison;
  /** The seeds each side contributed, under that protocol. */
  seeds: [SeedRow[], SeedRow[]];
}

/**
 * Compares two sides' rates on one trait from their measurements (seed rows of their models): picks
 * the protocol both were measured with, takes each side's seeds under it, and runs the one test of a
 * difference (compare-groups.ts). Pure: the rows were loaded already.
 */
export function compareSeedRows(a: readonly SeedRow[], b: readonly SeedRow[]): SideComparison {
  if (a.length === 0 || b.length === 0) return { protocol: null, comparison: compareGroups(a, b), seeds: [[], []] };
  const protocol = chooseProtocol(a, b);
  if (protocol === null) {
    const protocols = (rows: readonly SeedRow[]) => [...new Set(rows.map((row) => row.protocol))].join(", ");
    return {
      protocol: null,
      comparison: {
        available: false,
        verdict: "untestable",
        reason: `measured under different protocols (${protocols(a)} vs ${protocols(b)}): not comparable`,
      },
      seeds: [[], []],
    };
  }
  const seeds: [SeedRow[], SeedRow[]] = [seedsOf(a, protocol), seedsOf(b, protocol)];
  return { protocol, comparison: compareGroups(seeds[0], seeds[1]), seeds };
}
