/**
 * The value, which the caller knows is there (a key it has just put in a map, an id it found in the
 * same query), or an error naming what was missing. Use it where `!` would otherwise assert silently.
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Internal error: ${what} is missing`);
  return value;
}
