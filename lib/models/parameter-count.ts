// A model's parameter count as people write it: 7000000000, 7,000,000,000, 7e9, 7B, 1.5B, 350M.

const SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/**
 * The whole number of parameters `text` names, undefined for an empty input, or null when it names
 * none (a fraction of a parameter, a word): the form then says what it expects.
 */
export function parseParameterCount(text: string): number | null | undefined {
  const compact = text.trim().replace(/[\s,_]/g, "");
  if (compact === "") return undefined;
  const match = /^(\d+(?:\.\d+)?(?:e\d+)?)([kmbt])?$/i.exec(compact);
  if (!match) return null;
  const value = Number(match[1]) * (match[2] ? SUFFIXES[match[2].toLowerCase()] : 1);
  // 1.7T is 1.7e12 up to float rounding; 1.2345678901B is not a whole number of parameters.
  const rounded = Math.round(value);
  return Math.abs(value - rounded) <= Math.max(1e-6, value * 1e-12) && rounded > 0 && Number.isSafeInteger(rounded)
    ? rounded
    : null;
}
