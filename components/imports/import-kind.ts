// Which importer a file is for, read from its name and first bytes, and the request that sends it. Pure.

export type ImportKind = "inspect" | "lm-eval" | "sl-evaluation" | "csv";

export const IMPORT_KINDS: readonly { value: ImportKind; label: string }[] = [
  { value: "inspect", label: "Inspect evaluation log (JSON)" },
  { value: "lm-eval", label: "lm-evaluation-harness results (JSON)" },
  { value: "sl-evaluation", label: "Subliminal-learning evaluation file (JSON Lines)" },
  { value: "csv", label: "Measurements CSV" },
];

export const CONTENT_TYPES: Record<ImportKind, string> = {
  inspect: "application/json",
  "lm-eval": "application/json",
  "sl-evaluation": "application/x-ndjson",
  csv: "text/csv",
};

export type Detection =
  | { kind: ImportKind; from: "content" | "extension" }
  /** Inspect's binary log format: a zip archive, which the import does not read. */
  | { kind: null; reason: "inspect-eval-archive" }
  | { kind: null; reason: "unknown" };

/** The kind of a file from its name and its first few kilobytes. */
export function detectImportKind(fileName: string, head: string): Detection {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? "";
  if (head.startsWith("PK\u0003\u0004")) return { kind: null, reason: "inspect-eval-archive" };
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{")) {
    const firstLine = text.split("\n", 1)[0];
    if (/"question"\s*:/.test(firstLine) && /"responses"\s*:/.test(firstLine))
      return { kind: "sl-evaluation", from: "content" };
    if (/"eval"\s*:\s*\{/.test(text)) return { kind: "inspect", from: "content" };
    if (/"results"\s*:\s*\{/.test(text) && /"[a-z_]+,[^"]*"\s*:/i.test(text))
      return { kind: "lm-eval", from: "content" };
  }
  if (extension === "csv") return { kind: "csv", from: "extension" };
  if (extension === "jsonl" || extension === "ndjson") return { kind: "sl-evaluation", from: "extension" };
  if (extension === "eval") return { kind: null, reason: "inspect-eval-archive" };
  return { kind: null, reason: "unknown" };
}

export interface ImportOptions {
  modelId: string | null;
  trait: string;
  target: string;
  scorer: string;
  metric: string;
  protocol: string;
  seed: string;
}

/** Which options a kind sends, and which of them it needs. */
export const OPTION_FIELDS: Record<ImportKind, { field: keyof ImportOptions; required: boolean }[]> = {
  inspect: [
    { field: "modelId", required: true },
    { field: "trait", required: true },
    { field: "scorer", required: false },
    { field: "seed", required: false },
  ],
  "lm-eval": [
    { field: "modelId", required: true },
    { field: "trait", required: false },
    { field: "metric", required: false },
    { field: "seed", required: false },
  ],
  "sl-evaluation": [
    { field: "modelId", required: true },
    { field: "trait", required: true },
    { field: "target", required: true },
    { field: "protocol", required: false },
    { field: "seed", required: false },
  ],
  csv: [],
};

/** The options a kind needs and the form lacks, by field. */
export function missingOptions(kind: ImportKind, options: ImportOptions): (keyof ImportOptions)[] {
  return OPTION_FIELDS[kind]
    .filter(({ field, required }) => required && !(options[field] ?? "").trim())
    .map(({ field }) => field);
}

/** POST /api/v1/imports/<kind> with the kind's options as query parameters; blank ones are left out. */
export function importPath(kind: ImportKind, options: ImportOptions, dryRun: boolean): string {
  const params = new URLSearchParams();
  for (const { field } of OPTION_FIELDS[kind]) {
    const value = (options[field] ?? "").trim();
    if (value) params.set(field, value);
  }
  if (dryRun) params.set("dryRun", "1");
  const query = params.toString();
  return `/api/v1/imports/${kind}${query ? `?${query}` : ""}`;
}
