// A per-question results file read in the browser before it is sent as a measurement's perQuestion:
// CSV with a header naming the columns question, n and positives (others are ignored), or JSON Lines
// (or a JSON array) of {"question", "n", "positives"} objects. Every row is checked; a file with any
// bad row is refused as a whole, with the lines that are wrong.
import { parse } from "csv-parse/browser/esm/sync";
import type { QuestionTally } from "@/lib/stats/group-questions";

interface QuestionFileError {
  /** 1-based line of the file (for CSV, the line the record ends on). */
  line: number;
  message: string;
}

export interface QuestionFile {
  questions: QuestionTally[];
  errors: QuestionFileError[];
}

/** As many questions as the API takes in one measurement. */
const MAX_FILE_QUESTIONS = 10_000;
const MAX_ERRORS = 20;

function count(value: unknown): number | null {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= 0 ? number : null;
}

/** One row's tally, or what is wrong with it. */
function tallyOf(row: unknown): QuestionTally | string {
  if (row === null || typeof row !== "object" || Array.isArray(row)) return "each row must be an object";
  const { question, n, positives } = row as Record<string, unknown>;
  if (typeof question !== "string" || question.trim() === "") return "'question' must be non-empty text";
  const samples = count(n);
  const hits = count(positives);
  if (samples === null || samples === 0) return "'n' must be a whole number of samples, at least 1";
  if (hits === null) return "'positives' must be a whole number, 0 or more";
  if (hits > samples) return `'positives' (${hits}) cannot exceed 'n' (${samples})`;
  return { question, n: samples, positives: hits };
}

function collect(rows: { line: number; row: unknown }[], errors: QuestionFileError[]): QuestionFile {
  const questions: QuestionTally[] = [];
  for (const { line, row } of rows) {
    const tally = tallyOf(row);
    if (typeof tally === "string") errors.push({ line, message: tally });
    else questions.push(tally);
  }
  if (questions.length + errors.length === 0) errors.push({ line: 1, message: "the file has no questions" });
  if (questions.length > MAX_FILE_QUESTIONS)
    errors.push({
      line: 1,
      message: `at most ${MAX_FILE_QUESTIONS.toLocaleString("en-US")} questions in one measurement`,
    });
  return { questions, errors: errors.slice(0, MAX_ERRORS) };
}

function jsonRows(text: string): QuestionFile {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    try {
      const array: unknown = JSON.parse(trimmed);
      if (Array.isArray(array))
        return collect(
          (array as unknown[]).map((row, index) => ({ line: index + 1, row })),
          [],
        );
    } catch {
      return { questions: [], errors: [{ line: 1, message: "not valid JSON" }] };
    }
  }
  const rows: { line: number; row: unknown }[] = [];
  const errors: QuestionFileError[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (content.trim() === "") return;
    try {
      rows.push({ line: index + 1, row: JSON.parse(content) });
    } catch {
      errors.push({ line: index + 1, message: "not valid JSON" });
    }
  });
  return collect(rows, errors);
}

function csvRows(text: string): QuestionFile {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const csvError = error as { lines?: number; message: string };
    return { questions: [], errors: [{ line: csvError.lines ?? 1, message: csvError.message }] };
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = ["question", "n", "positives"].filter((column) => records.length > 0 && !header.includes(column));
  if (missing.length > 0)
    return { questions: [], errors: [{ line: 1, message: `the header has no column ${missing.join(", ")}` }] };
  return collect(
    records.map(({ record, info }) => ({ line: info.lines, row: record })),
    [],
  );
}

/** The questions of a per-question file, by its name's extension or else its first character. */
export function parseQuestionFile(text: string, fileName: string): QuestionFile {
  const json = /\.(jsonl|ndjson|json)$/i.test(fileName) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ""));
  return json ? jsonRows(text.replace(/^\uFEFF/, "")) : csvRows(text);
}
