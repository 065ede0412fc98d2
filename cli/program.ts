import { APP_VERSION } from "@/lib/version";
import { Command, CommanderError } from "commander";
import { registerAnnotationCommands } from "./commands/annotations";
import { registerDatasetCommands } from "./commands/datasets";
import { registerExposureCommand } from "./commands/exposure";
import { registerImportCommands } from "./commands/import";
import { registerKeysCommands } from "./commands/keys";
import { registerLineageCommand } from "./commands/lineage";
import { registerMeasurementCommands } from "./commands/measurements";
import { registerModelCommands } from "./commands/models";
import { registerReportCommand } from "./commands/report";
import { registerVerifyCommand } from "./commands/verify";
import { registerRunCommands } from "./commands/runs";
import { registerWebhookCommands } from "./commands/webhooks";
import { DEFAULT_URL } from "./config";
import type { Io } from "./context";
import { ConnectionError, FailedCheck, ProblemError, UnknownReport, UsageError } from "./errors";
import { EXIT, EXIT_CODES_HELP, type ExitCode } from "./exit-codes";
import { errorJson, renderConnectionError, renderProblem, renderUsageError } from "./render/problem";

const HELP_FOOTER = `
Server and token:
  --url or PEDIGREE_URL      the Pedigree server (default ${DEFAULT_URL})
  --token or PEDIGREE_TOKEN  an API token (Settings > API tokens), sent as 'Authorization: Bearer'

MODEL arguments take a model's id, or exactly its name or external id.
--json prints machine-readable JSON on stdout (errors too, as {"error": {...}}).

${EXIT_CODES_HELP}`;

function createProgram(io: Io): Command {
  const program = new Command("pedigree")
    .description(
      "Pedigree's command-line client: register models, runs, datasets and measurements, and read lineage and reports",
    )
    .version(APP_VERSION, "-V, --version")
    .option("--url <url>", "the Pedigree server (or PEDIGREE_URL)")
    .option("--token <token>", "API token (or PEDIGREE_TOKEN)")
    .option("--json", "machine-readable JSON on stdout")
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    .addHelpText("afterAll", HELP_FOOTER);

  registerModelCommands(program, io);
  registerRunCommands(program, io);
  registerDatasetCommands(program, io);
  registerMeasurementCommands(program, io);
  registerAnnotationCommands(program, io);
  registerLineageCommand(program, io);
  registerExposureCommand(program, io);
  registerReportCommand(program, io);
  registerVerifyCommand(program, io);
  registerImportCommands(program, io);
  registerKeysCommands(program, io);
  registerWebhookCommands(program, io);
  return program;
}

/** Prints a failure on stderr (and as JSON on stdout with --json) and returns its exit code. */
function reportFailure(io: Io, error: unknown, json: boolean): ExitCode {
  if (error instanceof CommanderError) {
    // Commander has printed its message already. --help, `help CMD` and --version end here too, with
    // exit code 0; a group called without its subcommand prints its help as an error.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof FailedCheck) return EXIT.failedCheck;
  if (error instanceof UnknownReport) return EXIT.unknownReport;
  let text: string;
  let code: ExitCode;
  if (error instanceof ProblemError) [text, code] = [renderProblem(error), EXIT.problem];
  else if (error instanceof ConnectionError) [text, code] = [renderConnectionError(error), EXIT.connection];
  else if (error instanceof UsageError) [text, code] = [renderUsageError(error), EXIT.usage];
  else {
    // A bug or an unexpected failure: its message, and the stack only when asked for.
    const failure = error as Error | null | undefined;
    text = `Error: ${failure?.message ?? String(error)}${io.env.PEDIGREE_DEBUG ? `\n${failure?.stack ?? ""}` : ""}`;
    code = EXIT.problem;
  }
  io.stderr.write(`${text}\n`);
  if (json) io.stdout.write(`${JSON.stringify(errorJson(error), null, 2)}\n`);
  return code;
}

/** Runs the CLI on `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<ExitCode> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (error) {
    return reportFailure(io, error, argv.includes("--json"));
  }
}
