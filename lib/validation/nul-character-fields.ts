import type { FieldError } from "@/lib/errors/domain-errors";

// PostgreSQL text and jsonb cannot hold U+0000: a NUL anywhere in a request would fail at the database
// (22021, 22P05) as a 500. Found here first, it is the caller's error, named by its field.
const NUL = "\u0000";
const MAX_REPORTED = 20;

/** The fields (dotted paths) of a parsed JSON body or query whose text, or whose key, holds a NUL character. */
export function nulCharacterFields(value: unknown, location: string): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (errors.length >= MAX_REPORTED) return;
    const field = path.length > 0 ? path.join(".") : location;
    if (typeof node === "string") {
      if (node.includes(NUL))
        errors.push({ field, location, message: "contains a NUL character (\\u0000), which cannot be stored" });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, String(index)]));
    } else if (node !== null && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) {
        if (key.includes(NUL))
          errors.push({
            field: [...path, key.replaceAll(NUL, "\\u0000")].join("."),
            location,
            message: "the key contains a NUL character (\\u0000)",
          });
        else visit(item, [...path, key]);
      }
    }
  };
  visit(value, []);
  return errors;
}
