// Hyperparameters as the form edits them (key/value rows of text) and as the detail page shows them.

export interface HyperparameterRow {
  /** Stable across edits, for React keys and for errors that belong to one row. */
  id: string;
  key: string;
  value: string;
}

export interface ParsedHyperparameters {
  hyperparameters: Record<string, unknown>;
  /** Messages for rows that cannot be sent, by row id. */
  errors: Record<string, { key?: string; value?: string }>;
}

/** A value as the API will store it: JSON when the text is valid JSON (2e-4, true, [1, 2]), else the text itself. */
export function parseHyperparameterValue(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    return trimmed;
  }
}

/** Rows to the `hyperparameters` object; fully blank rows are ignored. */
export function parseHyperparameterRows(rows: readonly HyperparameterRow[]): ParsedHyperparameters {
  const hyperparameters: Record<string, unknown> = {};
  const errors: ParsedHyperparameters["errors"] = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const key = row.key.trim();
    const value = row.value.trim();
    if (key === "" && value === "") continue;
    const error =
      key === ""
        ? { key: "Name this hyperparameter" }
        : seen.has(key)
          ? { key: `“${key}” is already set above` }
          : value === ""
            ? { value: "Give a value" }
            : null;
    seen.add(key);
    if (error) errors[row.id] = error;
    else if (!Object.hasOwn(errors, row.id)) hyperparameters[key] = parseHyperparameterValue(value);
  }
  return { hyperparameters, errors };
}

/** How a stored value reads as text: strings as they are, everything else as JSON. */
export function hyperparameterText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return JSON.stringify(value);
}

/** A run's stored hyperparameters as key/text pairs, in stored order; anything but an object has none. */
export function hyperparameterEntries(value: unknown): { key: string; text: string }[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).map(([key, entry]) => ({ key, text: hyperparameterText(entry) }));
}
