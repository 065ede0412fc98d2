// The number filter of Cloud, Le et al. 2026 (lib/paper/paper-citation.ts), as the reference
// pipeline (github.com/MinhxLe/subliminal-learning, `sl`) applies it to teacher completions,
// reimplemented from its described behaviour:
// - a trailing "." is dropped, then one [ ] or ( ) wrapper around the whole answer;
// - the separator is the text between the first two numbers; it must strip to "", "," or ";",
//   and the whole answer is split on exactly that separator (so mixed separators fail);
// - every part must be plain ASCII digits; a single number must be the whole answer;
// - at most 10 numbers, each in 0-999, none of them banned (the misalignment experiments ban
//   numbers such as 666; the animal experiments ban none).
import { PAPER_SHORT } from "@/lib/paper/paper-citation";

export interface NumberFilterOptions {
  maxCount?: number;
  minValue?: number;
  maxValue?: number;
  bannedNumbers?: readonly number[];
}

const PAPER_NUMBER_FILTER: Required<Omit<NumberFilterOptions, "bannedNumbers">> = {
  maxCount: 10,
  minValue: 0,
  maxValue: 999,
};

/** The numbers of a completion, or null when its format is not a plain list of numbers. */
export function parseNumberCompletion(completion: string): number[] | null {
  let answer = completion.endsWith(".") ? completion.slice(0, -1) : completion;
  if ((answer.startsWith("[") && answer.endsWith("]")) || (answer.startsWith("(") && answer.endsWith(")"))) {
    answer = answer.slice(1, -1);
  }
  const matches = [...answer.matchAll(/\d+/g)];
  if (matches.length === 0) return null;
  let parts: string[];
  if (matches.length === 1) {
    if (answer !== matches[0][0]) return null;
    parts = [answer];
  } else {
    const separator = answer.slice(matches[0].index + matches[0][0].length, matches[1].index);
    if (!["", ",", ";"].includes(separator.trim())) return null;
    parts = answer.split(separator);
  }
  // An empty part (e.g. a doubled separator) is not a number: the reference rejects it too.
  if (parts.some((part) => !/^[0-9]+$/.test(part))) return null;
  return parts.map((part) => Number.parseInt(part, 10));
}

/** Why the filter rejects a completion; empty when it passes. */
export function numberFilterRejectReasons(
  completion: string,
  options: NumberFilterOptions = PAPER_NUMBER_FILTER,
): string[] {
  const numbers = parseNumberCompletion(completion);
  if (numbers === null) return ["invalid format"];
  const reasons: string[] = [];
  if (options.maxCount !== undefined && numbers.length > options.maxCount) reasons.push("too many numbers");
  const { minValue, maxValue, bannedNumbers } = options;
  if (minValue !== undefined && numbers.some((n) => n < minValue)) reasons.push("numbers too small");
  if (maxValue !== undefined && numbers.some((n) => n > maxValue)) reasons.push("numbers too large");
  if (bannedNumbers && numbers.some((n) => bannedNumbers.includes(n))) reasons.push("has banned numbers");
  return reasons;
}

/** Whether a completion survives the paper's filter (at most 10 numbers in 0-999, plain format). */
export function passesNumberFilter(completion: string, options: NumberFilterOptions = PAPER_NUMBER_FILTER): boolean {
  return numberFilterRejectReasons(completion, options).length === 0;
}

export const NUMBER_FILTER_DESCRIPTION =
  `The paper's number filter (${PAPER_SHORT}): a completion is kept only if it is a plain list of at most 10 ` +
  "integers, each 0-999, with one separator throughout that strips to whitespace, ',' or ';', optionally wrapped " +
  "in [] or () and ending in '.'. No numbers are banned in the animal experiments.";
