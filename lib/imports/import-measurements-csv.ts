import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { parse } from "csv-parse";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, InvalidError, TooLargeError, type FieldError } from "@/lib/errors/domain-errors";
import { createMeasurement } from "@/lib/measurements/create-measurement";
import { ZCreateMeasurement, type MeasurementDto, type TCreateMeasurement } from "@/lib/measurements/measurement.types";
import { missingBody } from "@/lib/http/missing-body";
import { runImport, type ImportOutcome } from "./run-import";

// One measurement per CSV row, with a header naming the columns:
//   model_id, trait, protocol, and either n + positives, or value [+ ci_low + ci_high]; optionally
//   seed, source, notes, measured_at.
// Every row is checked before anything is stored; the rows land in one transaction, all or none.

const MAX_ERRORS = 100;
/** Rows are checked before any is stored, so they are held in memory: a file is limited in rows and in row size. */
export const MAX_CSV_ROWS = 50_000;
const MAX_RECORD_BYTES = 64 * 1024;

function toInput(row: Partial<Record<string, string>>): unknown {
  const number = (key: string) => {
    const cell = row[key];
    return cell === undefined || cell.trim() === "" ? undefined : Number(cell);
  };
  const text = (key: string) => {
    const cell = row[key];
    return cell === undefined || cell.trim() === "" ? undefined : cell.trim();
  };
  const common = {
    modelId: text("model_id"),
    trait: text("trait"),
    protocol: text("protocol"),
    seed: number("seed"),
    source: text("source"),
    notes: text("notes"),
    measuredAt: text("measured_at"),
  };
  if (text("positives") !== undefined) return { ...common, n: number("n"), positives: number("positives") };
  return { ...common, value: number("value"), ciLow: number("ci_low"), ciHigh: number("ci_high"), n: number("n") };
}

export async function importMeasurementsCsv(
  actor: Actor,
  body: ReadableStream<Uint8Array> | null,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<ImportOutcome<{ items: MeasurementDto[] }>> {
  if (!body) throw missingBody("CSV file");
  const parser = Readable.fromWeb(body as WebReadableStream<Uint8Array>).pipe(
    parse({
      columns: true,
      bom: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: true,
      max_record_size: MAX_RECORD_BYTES,
    }),
  );
  const inputs: { line: number; input: TCreateMeasurement }[] = [];
  const errors: FieldError[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      if (inputs.length + errors.length >= MAX_CSV_ROWS) {
        throw new TooLargeError(
          `A measurements file is limited to ${MAX_CSV_ROWS.toLocaleString("en")} rows; split it. Nothing was stored.`,
        );
      }
      const parsed = ZCreateMeasurement.safeParse(toInput(record));
      if (parsed.success) inputs.push({ line: info.lines, input: parsed.data });
      else
        errors.push({
          field: `line ${info.lines}`,
          location: "line",
          message: parsed.error.issues.map((i) => `${i.path.join(".") || "row"}: ${i.message}`).join("; "),
        });
      if (errors.length >= MAX_ERRORS) break;
    }
  } catch (error) {
    const csvError = error as { code?: string; lines?: number; message: string };
    if (!csvError.code?.startsWith("CSV_")) throw error;
    errors.push({ field: `line ${csvError.lines ?? 0}`, location: "line", message: csvError.message });
  }
  if (errors.length > 0) throw new InvalidError(`${errors.length} invalid row(s); nothing was stored.`, { errors });
  if (inputs.length === 0)
    throw InvalidError.fields([{ field: "body", location: "body", message: "the file holds no row" }]);
  return runImport(
    dryRun,
    async (tx) => {
      const stored: MeasurementDto[] = [];
      for (const { line, input } of inputs) {
        try {
          stored.push(await createMeasurement(actor, input, tx));
        } catch (error) {
          // e.g. an unknown model_id: name the row, then roll everything back.
          if (error instanceof DomainError && error.details.errors) {
            throw new InvalidError(`line ${line}: ${error.detail}; nothing was stored.`, {
              errors: error.details.errors.map((e) => ({
                field: `line ${line}`,
                location: "line",
                message: `${e.field}: ${e.message}`,
              })),
            });
          }
          throw error;
        }
      }
      return { items: stored };
    },
    (result) => result.items,
  );
}
