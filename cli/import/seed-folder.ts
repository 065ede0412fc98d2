// The reference pipeline's further seeds of a condition: `owl_seed2/`, `control_seed3/` (often only
// model.json and evaluation_results.json), students of the same condition trained with another seed.
const SEED_FOLDER = /^(.+?)[_-]seed(\d+)$/i;

export interface SeedFolder {
  /** The condition it is a seed of: "owl" for owl_seed2. */
  condition: string;
  seed: number;
}

export function parseSeedFolder(name: string): SeedFolder | null {
  const match = SEED_FOLDER.exec(name);
  return match ? { condition: match[1], seed: Number(match[2]) } : null;
}
