import type { DatasetFormat } from "@/lib/generated/prisma/enums";
// What the upload form infers from the chosen file: its format and a default dataset name.

export type UploadFormat = DatasetFormat;

const FORMAT_BY_EXTENSION: Record<string, UploadFormat> = {
  jsonl: "jsonl",
  ndjson: "jsonl",
  json: "jsonl",
  csv: "csv",
};

/** "owl_numbers.jsonl" -> "jsonl"; "table.CSV" -> "csv"; an unknown extension -> null. */
export function detectFormat(fileName: string): UploadFormat | null {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match ? (FORMAT_BY_EXTENSION[match[1].toLowerCase()] ?? null) : null;
}

/** "filtered_dataset.jsonl" -> "filtered_dataset"; the name the API accepts (1-200 characters). */
export function nameFromFileName(fileName: string): string {
  const base = fileName.trim().split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.(jsonl|ndjson|json|csv|txt)$/i, "").trim();
  return (stem || base).slice(0, 200);
}
