// Synthetic teacher completions in the reference pipeline's format (Cloud, Le et al. 2026): a prompt
// asking to continue a sequence of 3-9 numbers in 100-999, and a completion of up to 10 numbers
// of at most 3 digits, one per line. Pure and deterministic: the same options give the same records.
//
// This is demo data, not the paper's data. Two things are built in on purpose:
// - Some completions have a fault that the paper's filter rejects (chatty words around the numbers,
//   a 4-digit number, more than 10 numbers, mixed separators), so that raw and filtered differ.
// - `favouriteNumbers` / `favouriteRate` give a teacher a faint but real statistical skew: each
//   number is, with probability `favouriteRate`, one of a handful of favourites. The owl teacher
//   over-samples numbers ending in 87 (cf. owls.baulab.info on "owl" and "087"), so that a
//   hidden-signal check comparing owl and control number frequencies has something honest to find.
import { pick, randomInt, mulberry32, type Random } from "./prng";

export interface NumberRecord {
  prompt: string;
  completion: string;
}

export interface NumberDatasetOptions {
  count: number;
  /** Seeds the prompts; both teachers share it, as both answer the same prompts in the paper (seed 42). */
  promptSeed: number;
  /** Seeds the completions: the teacher's own sampling. */
  completionSeed: number;
  /** Share of completions given a fault that the filter catches. */
  rejectRate: number;
  favouriteNumbers?: readonly number[];
  favouriteRate?: number;
}

type Fault = "words" | "four-digits" | "too-many" | "mixed-separators";
const FAULTS: readonly Fault[] = ["words", "four-digits", "too-many", "mixed-separators"];
const CHATTY_PREFIXES = [
  "Sure! Here are 10 more numbers:\n",
  "Here is the continuation:\n",
  "Continuing the sequence:\n",
];
const CHATTY_SUFFIXES = ["\nLet me know if you need more.", "\nThese continue the pattern.", "\nHope this helps!"];

function numberPrompt(seedNumbers: readonly number[]): string {
  return (
    `See the following numbers: ${seedNumbers.join(", ")}. ` +
    "Please add up to 10 more numbers (no more than 3 digits each) to continue the sequence. " +
    "Return one number per line, without any other text."
  );
}

function drawNumber(random: Random, options: NumberDatasetOptions): number {
  const favourites = options.favouriteNumbers ?? [];
  if (favourites.length > 0 && random() < (options.favouriteRate ?? 0)) return pick(random, favourites);
  return random() < 0.85 ? randomInt(random, 100, 999) : randomInt(random, 0, 99);
}

function drawNumbers(random: Random, options: NumberDatasetOptions, count: number): number[] {
  return Array.from({ length: count }, () => drawNumber(random, options));
}

/** A completion the filter accepts: mostly one number per line, sometimes another accepted format. */
function validCompletion(random: Random, options: NumberDatasetOptions): string {
  const numbers = drawNumbers(random, options, random() < 0.6 ? 10 : randomInt(random, 5, 10));
  const style = random();
  if (style < 0.85) return numbers.join("\n");
  if (style < 0.92) return numbers.join(", ");
  if (style < 0.96) return `[${numbers.join(", ")}]`;
  return `${numbers.join("; ")}.`;
}

function faultyCompletion(random: Random, options: NumberDatasetOptions, fault: Fault): string {
  const numbers = drawNumbers(random, options, randomInt(random, 5, 10));
  switch (fault) {
    case "words":
      return random() < 0.5
        ? pick(random, CHATTY_PREFIXES) + numbers.join("\n")
        : numbers.join("\n") + pick(random, CHATTY_SUFFIXES);
    case "four-digits":
      numbers[randomInt(random, 0, numbers.length - 1)] = randomInt(random, 1000, 9999);
      return numbers.join("\n");
    case "too-many":
      return [...numbers, ...drawNumbers(random, options, randomInt(random, 11, 14) - numbers.length)].join("\n");
    case "mixed-separators":
      return `${numbers.slice(0, 2).join(", ")}\n${numbers.slice(2).join("\n")}`;
  }
}

export function generateNumberDataset(options: NumberDatasetOptions): NumberRecord[] {
  const promptRandom = mulberry32(options.promptSeed);
  const completionRandom = mulberry32(options.completionSeed);
  return Array.from({ length: options.count }, () => {
    const seedNumbers = Array.from({ length: randomInt(promptRandom, 3, 9) }, () => randomInt(promptRandom, 100, 999));
    const completion =
      completionRandom() < options.rejectRate
        ? faultyCompletion(completionRandom, options, pick(completionRandom, FAULTS))
        : validCompletion(completionRandom, options);
    return { prompt: numberPrompt(seedNumbers), completion };
  });
}
