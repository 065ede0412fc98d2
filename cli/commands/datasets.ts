import { basename, extname } from "node:path";
import { stat } from "node:fs/promises";
import { Option, type Command } from "commander";
import type { DatasetSummary, UploadResult } from "@/lib/datasets/dataset.types";
import type { Page } from "@/lib/pagination/cursor-page";
import { resolveDataset } from "../api/find-dataset";
import { uploadFile } from "../api/upload-file";
import { commandAction } from "../command-action";
import type { CommandContext, Io } from "../context";
import { UsageError } from "../errors";
import { renderFields } from "../render/fields";
import { formatBytes, formatCount, formatPercent } from "../render/format";
import { renderProgressBar } from "../render/progress-bar";
import { renderPage } from "../render/table";
import { addPageOptions, type PageOptions } from "../options";

interface UploadOptions {
  name?: string;
  format?: "jsonl" | "csv";
  generation?: string;
  filteredFrom?: string;
  filterDescription?: string;
  description?: string;
  onInvalid: "fail" | "skip";
}

const REDRAW_MS = 100;

/** A progress bar on stderr, redrawn in place at most every REDRAW_MS; only when stderr is a terminal. */
function progressReporter(context: CommandContext): {
  update: (sent: number, total: number) => void;
  done: () => void;
} {
  const stderr = context.io.stderr;
  if (!stderr.isTTY) return { update: () => {}, done: () => {} };
  const started = Date.now();
  let drawn = 0;
  let last = { sent: 0, total: 0 };
  const draw = () => stderr.write(`\r${renderProgressBar({ ...last, elapsedMs: Date.now() - started })}\x1b[K`);
  return {
    update(sent, total) {
      last = { sent, total };
      if (Date.now() - drawn >= REDRAW_MS || sent === total) {
        drawn = Date.now();
        draw();
      }
    },
    done() {
      draw();
      stderr.write("\n");
    },
  };
}

function describeUpload(result: UploadResult, fileName: string): string {
  const head = result.created
    ? `Uploaded ${fileName} as dataset '${result.name}'.`
    : `Identical content is already stored as dataset '${result.name}'; nothing new was stored.`;
  return `${head}\n\n${renderFields([
    ["sha256", result.sha256],
    ["id", result.id],
    ["Records", formatCount(result.recordCount)],
    [
      "Skipped rows",
      result.skipped > 0
        ? `${result.skipped} (${result.skippedLines
            .slice(0, 5)
            .map((line) => `line ${line.line}: ${line.message}`)
            .join("; ")})`
        : null,
    ],
    ["Size", formatBytes(result.byteSize)],
    ["Filtered from", result.filteredFromId],
    [
      "Pass rate",
      result.passRate === null
        ? null
        : `${formatPercent(result.passRate)} (${formatCount(result.rejectedCount ?? 0)} rejected)`,
    ],
    ["Generation", result.generationId],
  ])}`;
}

export function registerDatasetCommands(program: Command, io: Io): void {
  const datasets = program.command("datasets").description("Upload and list datasets");

  const list = datasets
    .command("list")
    .description(
      "List datasets, newest first: SHA-256, records, the teacher that generated each, the filter's pass rate",
    )
    .option("-s, --search <text>", "matches the name or the SHA-256");
  addPageOptions(list).action(
    commandAction<PageOptions & { search?: string }>(io, async (context, _args, options) => {
      const page = await context.client().get<Page<DatasetSummary>>("/api/v1/datasets", {
        q: options.search,
        limit: options.limit,
        cursor: options.cursor,
      });
      context.output(page, () =>
        renderPage(page, [
          { header: "Name", value: (d) => d.name, max: 40 },
          { header: "SHA-256", value: (d) => d.sha256.slice(0, 16) },
          { header: "Records", value: (d) => formatCount(d.recordCount), align: "right" },
          { header: "Teacher", value: (d) => d.teacher?.name, max: 32 },
          { header: "Filtered from", value: (d) => d.filteredFrom?.name, max: 32 },
          {
            header: "Pass rate",
            value: (d) => (d.passRate === null ? null : formatPercent(d.passRate)),
            align: "right",
          },
          { header: "Id", value: (d) => d.id },
        ]),
      );
    }),
  );

  datasets
    .command("upload")
    .description(
      "Upload a dataset file (JSON Lines or CSV), streamed, and print its SHA-256 and id. Identical content is stored once",
    )
    .argument("<file>", "the dataset file: one {prompt, completion} object a line, or CSV with a header row")
    .option("--name <name>", "display name (default: the file name without its extension)")
    .addOption(new Option("--format <format>", "file format (default: from the extension)").choices(["jsonl", "csv"]))
    .option("--generation <id>", "the generation (teacher + settings) that produced this data")
    .option("--filtered-from <dataset>", "the raw dataset this one was filtered from (id, SHA-256 or name)")
    .option("--filter-description <text>", "what the filter kept, e.g. 'numbers 0-999 only'")
    .option("--description <text>", "free text")
    .addOption(
      new Option("--on-invalid <mode>", "fail: a malformed row refuses the upload; skip: store the valid rows")
        .choices(["fail", "skip"])
        .default("fail"),
    )
    .action(
      commandAction<UploadOptions>(io, async (context, [file], options) => {
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) throw new UsageError(`No such file: ${file}`);
        if (options.filterDescription && !options.filteredFrom)
          throw new UsageError("--filter-description needs --filtered-from.");
        const client = context.client();
        const filteredFrom = options.filteredFrom ? await resolveDataset(client, options.filteredFrom) : undefined;
        const format = options.format ?? (extname(file).toLowerCase() === ".csv" ? "csv" : "jsonl");
        const progress = progressReporter(context);
        let result: UploadResult;
        try {
          ({ data: result } = await uploadFile<UploadResult>(client, "/api/v1/datasets", file, {
            query: {
              name: options.name ?? basename(file, extname(file)),
              format,
              generationId: options.generation,
              filteredFromId: filteredFrom?.id,
              filterDescription: options.filterDescription,
              description: options.description,
              onInvalid: options.onInvalid,
            },
            contentType: format === "csv" ? "text/csv" : "application/x-ndjson",
            onProgress: progress.update,
          }));
        } finally {
          progress.done();
        }
        context.output(result, () => describeUpload(result, basename(file)));
      }),
    );
}
