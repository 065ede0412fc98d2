import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { Option, type Command } from "commander";
import { REPORT_FORMATS, type ReportFormatName } from "@/lib/reports/report-format-labels";
import { resolveModel } from "../api/find-model";
import { commandAction } from "../command-action";
import type { Io } from "../context";
import { UsageError } from "../errors";
import { renderFields } from "../render/fields";
import { formatBytes } from "../render/format";

interface ReportOptions {
  format: ReportFormatName;
  scope: "model" | "lineage";
  output?: string;
}

/** The file name a Content-Disposition header gives, if any (quoted or RFC 5987 filename*). */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) return decodeURIComponent(extended[1].trim());
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(header);
  const name = plain?.[1] ?? plain?.[2];
  // Only a base name: a server must not choose where on this machine a file lands.
  return name ? name.replace(/^.*[\\/]/, "") || null : null;
}

export function registerReportCommand(program: Command, io: Io): void {
  program
    .command("report")
    .description(
      "Export a model's signed provenance report (the model and its ancestors; --scope lineage adds its descendants)",
    )
    .argument("<model>", "id, name or external id")
    .addOption(new Option("--format <format>", "report format").choices(REPORT_FORMATS).makeOptionMandatory())
    .addOption(
      new Option("--scope <scope>", "model: it and its ancestors; lineage: also its descendants")
        .choices(["model", "lineage"])
        .default("model"),
    )
    .option("-o, --output <file>", "write the report here (a directory: under the server's file name); default stdout")
    .action(
      commandAction<ReportOptions>(io, async (context, [reference], options) => {
        const { output } = options;
        const toStdout = output === undefined || output === "-";
        if (toStdout && context.json)
          throw new UsageError("With --json, give -o FILE: stdout carries the report's metadata, not the report.");
        if (toStdout && options.format === "pdf" && context.io.stdout.isTTY)
          throw new UsageError("Not writing a PDF to the terminal: give -o FILE.");
        const client = context.client();
        const model = await resolveModel(client, reference);
        const response = await client.send("GET", `/api/v1/models/${encodeURIComponent(model.id)}/provenance`, {
          query: { format: options.format, scope: options.scope },
          headers: { accept: "*/*" },
        });
        const serverName =
          fileNameFromDisposition(response.headers.get("content-disposition")) ?? `${model.id}.${options.format}`;
        let target: string | null = null;
        if (!toStdout) {
          const existing = await stat(output).catch(() => null);
          target = existing?.isDirectory() ? join(output, serverName) : output;
        }
        let bytes = 0;
        const counted = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>).on("data", (chunk: Buffer) => {
          bytes += chunk.length;
        });
        const sink = target
          ? createWriteStream(target)
          : new Writable({
              write(chunk: Buffer, _encoding, done) {
                context.io.stdout.write(chunk);
                done();
              },
            });
        await pipeline(counted, sink).catch((error: unknown) => {
          // pipeline() rejects with the stream's Error (a system error carries its code).
          const failure = error as NodeJS.ErrnoException;
          throw failure.code && target ? new UsageError(`Cannot write ${target}: ${failure.message}`) : error;
        });
        const summary = {
          file: target,
          fileName: serverName,
          bytes,
          contentType: response.headers.get("content-type"),
          reportId: response.headers.get("x-pedigree-report-id"),
          sha256: response.headers.get("x-pedigree-sha256"),
          keyId: response.headers.get("x-pedigree-key-id"),
          model: { id: model.id, name: model.name },
          format: options.format,
          scope: options.scope,
        };
        const human = renderFields([
          ["Report", summary.reportId],
          ["Model", `${model.name} (${model.id}), scope ${options.scope}`],
          ["Written to", target ?? "stdout"],
          ["Size", formatBytes(bytes)],
          ["Signed digest", summary.sha256],
          ["Signing key", summary.keyId],
        ]);
        if (context.json) context.printJson(summary);
        else if (target) context.print(human);
        else context.note(human);
      }),
    );
}
