// The "data digest" of a report: SHA-256 over the canonical JSON of its bundle. Unlike the signature,
// which covers one format's bytes, it names the data, so an HTML and a PDF of the same bundle share it.
import { createHash } from "node:crypto";
import type { ProvenanceBundle } from "./provenance.types";

// In a "u" regular expression a surrogate pair is one code point, so this matches only unpaired halves.
const LONE_SURROGATE = /\p{Cs}/u;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/**
 * JSON with object keys sorted recursively (by UTF-16 code units) and no whitespace: RFC 8785 (JCS) for
 * the values a bundle holds (strings, finite numbers, booleans, null, arrays, plain objects).
 * JSON.stringify already writes numbers as ECMAScript does and escapes strings as JCS wants; what it
 * would silently change (NaN to null, a dropped array slot, a Date's toJSON) is refused instead.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "string") {
    if (LONE_SURROGATE.test(value)) throw new TypeError("canonical JSON: string with a lone surrogate");
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON: ${value} is not a JSON number`);
    return JSON.stringify(value);
  }
  // Array.from turns holes into undefined, which is refused below rather than written as null.
  if (Array.isArray(value)) return `[${Array.from(value, (item) => canonicalJson(item)).join(",")}]`;
  if (isPlainObject(value)) {
    // Keys whose value is undefined are absent, as in JSON.stringify. Default sort compares UTF-16 code units.
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${canonicalJson(key)}:${canonicalJson(value[key])}`).join(",")}}`;
  }
  throw new TypeError(
    `canonical JSON: cannot encode a ${typeof value === "object" ? ((value as { constructor?: { name?: string } }).constructor?.name ?? "object") : typeof value}`,
  );
}

/** SHA-256 (hex) of the bundle's canonical JSON. */
export function bundleDigest(bundle: ProvenanceBundle): string {
  return createHash("sha256").update(canonicalJson(bundle), "utf8").digest("hex");
}
