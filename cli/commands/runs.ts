import { Option, type Command } from "commander";
import { defined } from "@/lib/defined";
import type { TransferReport } from "@/lib/measurements/get-transfer-effect";
import type { Page } from "@/lib/pagination/cursor-page";
import { RUN_METHODS, RUN_STATUSES, type RunDetail, type RunSummary } from "@/lib/runs/run.types";
import { resolveDataset } from "../api/find-dataset";
import { resolveModel } from "../api/find-model";
import { commandAction } from "../command-action";
import type { Io } from "../context";
import { UsageError } from "../errors";
import { addPageOptions, collect, integer, isoTimestamp, keyValue, type PageOptions } from "../options";
import { readJsonFile } from "../read-input";
import { renderRunDetail, runColumns } from "../render/run";
import { renderPage } from "../render/table";
import { renderTransfer } from "../render/verdicts";

interface AddOptions {
  dataset: string[];
  initializedFrom: string;
  student?: string;
  studentName?: string;
  studentProvider?: string;
  studentExternalId?: string;
  teacher?: string[];
  method: (typeof RUN_METHODS)[number];
  hyperparameter?: Record<string, unknown>;
  hyperparametersFile?: string;
  seed?: number;
  externalJobId?: string;
  status?: (typeof RUN_STATUSES)[number];
  startedAt?: string;
  finishedAt?: string;
  idempotencyKey?: string;
}

interface ListOptions extends PageOptions {
  status?: string;
  method?: string;
  student?: string;
  teacher?: string;
}

async function hyperparameters(options: AddOptions): Promise<Record<string, unknown>> {
  const fromFile = options.hyperparametersFile
    ? await readJsonFile(options.hyperparametersFile, "hyperparameters file")
    : {};
  if (fromFile === null || typeof fromFile !== "object" || Array.isArray(fromFile)) {
    throw new UsageError(`${options.hyperparametersFile} must hold a JSON object of hyperparameters.`);
  }
  return { ...(fromFile as Record<string, unknown>), ...options.hyperparameter };
}

export function registerRunCommands(program: Command, io: Io): void {
  const runs = program
    .command("runs")
    .description("Register, list and show distillation runs (teacher data -> student)");

  runs
    .command("add")
    .description("Register a distillation run. Idempotent on --external-job-id or --idempotency-key")
    .requiredOption(
      "--dataset <dataset>",
      "a dataset the student was trained on: id, SHA-256 or name (repeatable)",
      collect,
    )
    .requiredOption("--initialized-from <model>", "the student's base model (id, name or external id)")
    .option("--student <model>", "the student, if registered already (id, name or external id)")
    .option("--student-name <name>", "or a new student: its name")
    .option("--student-provider <provider>", "the new student's provider")
    .option("--student-external-id <id>", "the new student's external id")
    .option("--teacher <model>", "a teacher beyond those that generated the datasets (repeatable)", collect)
    .addOption(new Option("--method <method>", "how the student was trained").choices(RUN_METHODS).default("sft"))
    .option(
      "--hyperparameter <key=value>",
      "one hyperparameter, the value read as JSON when it is (repeatable)",
      keyValue,
    )
    .option("--hyperparameters-file <file>", "a JSON object of hyperparameters")
    .option("--seed <n>", "training seed", integer)
    .option("--external-job-id <id>", "the training job's id; registering it twice returns the first run")
    .addOption(
      new Option("--status <status>", "the run's status (the server's default: planned)").choices(RUN_STATUSES),
    )
    .option("--started-at <time>", "when training started (ISO 8601)", isoTimestamp)
    .option("--finished-at <time>", "when training finished (ISO 8601)", isoTimestamp)
    .option("--idempotency-key <key>", "sent as the Idempotency-Key header: the same key twice registers one run")
    .action(
      commandAction<AddOptions>(io, async (context, _args, options) => {
        if (options.student && options.studentName)
          throw new UsageError("Give --student (an existing model) or --student-name (a new one), not both.");
        if (!options.student && !(options.studentName && options.studentProvider)) {
          throw new UsageError(
            "Name the student: --student MODEL, or --student-name NAME --student-provider PROVIDER.",
          );
        }
        const client = context.client();
        const [datasets, base, student, teachers] = await Promise.all([
          Promise.all(options.dataset.map((reference) => resolveDataset(client, reference))),
          resolveModel(client, options.initializedFrom),
          options.student ? resolveModel(client, options.student) : undefined,
          Promise.all((options.teacher ?? []).map((reference) => resolveModel(client, reference))),
        ]);
        const body = {
          datasetIds: datasets.map((dataset) => dataset.id),
          initializedFromId: base.id,
          student: student
            ? { id: student.id }
            : {
                name: defined(options.studentName, "--student-name"),
                provider: defined(options.studentProvider, "--student-provider"),
                externalId: options.studentExternalId,
              },
          teacherIds: teachers.map((teacher) => teacher.id),
          method: options.method,
          hyperparameters: await hyperparameters(options),
          seed: options.seed,
          externalJobId: options.externalJobId,
          status: options.status,
          startedAt: options.startedAt,
          finishedAt: options.finishedAt,
        };
        const headers = options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : undefined;
        const { status, data } = await client.request<RunDetail>("POST", "/api/v1/runs", { json: body, headers });
        const created = status === 201;
        context.output(
          { ...data, created },
          () => `${created ? "Registered run" : "Already registered: run"} ${data.id}\n\n${renderRunDetail(data)}`,
        );
      }),
    );

  const list = runs
    .command("list")
    .description("List distillation runs, newest first")
    .addOption(new Option("--status <status>", "only runs with this status").choices(RUN_STATUSES))
    .addOption(new Option("--method <method>", "only runs with this method").choices(RUN_METHODS))
    .option("--student <model>", "only runs that trained this student")
    .option("--teacher <model>", "only runs on data this teacher generated, or naming it");
  addPageOptions(list).action(
    commandAction<ListOptions>(io, async (context, _args, options) => {
      const client = context.client();
      const [student, teacher] = await Promise.all([
        options.student ? resolveModel(client, options.student) : undefined,
        options.teacher ? resolveModel(client, options.teacher) : undefined,
      ]);
      const page = await client.get<Page<RunSummary>>("/api/v1/runs", {
        status: options.status,
        method: options.method,
        studentId: student?.id,
        teacherId: teacher?.id,
        limit: options.limit,
        cursor: options.cursor,
      });
      context.output(page, () => renderPage(page, runColumns));
    }),
  );

  runs
    .command("show")
    .description(
      "Show a run: student, base, datasets, teachers, whether teacher and student share an initialisation, and its transfer effect on each trait",
    )
    .argument("<run>", "run id")
    .action(
      commandAction(io, async (context, [id]) => {
        const client = context.client();
        const run = await client.get<RunDetail>(`/api/v1/runs/${encodeURIComponent(id)}`);
        const transfer = await client.get<TransferReport>(`/api/v1/runs/${encodeURIComponent(id)}/transfer`);
        context.output({ ...run, transfer }, () => `${renderRunDetail(run)}\n\n${renderTransfer(transfer)}`);
      }),
    );
}
