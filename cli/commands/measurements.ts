import { intervalText } from "@/lib/measurements/interval-text";
import type { Command } from "commander";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import { resolveModel } from "../api/find-model";
import { listPages } from "../api/list-pages";
import { commandAction } from "../command-action";
import type { Io } from "../context";
import { UsageError } from "../errors";
import { finiteNumber, integer, isoTimestamp, nonNegativeInteger, positiveInteger } from "../options";
import { readJsonFile } from "../read-input";
import { renderFields } from "../render/fields";
import { formatCount } from "../render/format";
import { formatValue } from "../render/model";
import { renderTable } from "../render/table";

interface AddOptions {
  model: string;
  trait: string;
  protocol: string;
  n?: number;
  positives?: number;
  value?: number;
  ciLow?: number;
  ciHigh?: number;
  perQuestion?: string;
  seed?: number;
  source?: string;
  notes?: string;
  measuredAt?: string;
}

/** The figure itself, in exactly one of the three shapes the API takes. */
async function figure(options: AddOptions): Promise<Record<string, unknown>> {
  const shapes = [
    options.positives !== undefined,
    options.value !== undefined,
    options.perQuestion !== undefined,
  ].filter(Boolean).length;
  if (shapes !== 1)
    throw new UsageError(
      "Give the figure one way: --positives K --n N, or --value V [--ci-low L --ci-high H] [--n N], or --per-question FILE.",
    );
  if (options.perQuestion !== undefined) {
    const perQuestion = await readJsonFile(options.perQuestion, "per-question file");
    if (!Array.isArray(perQuestion))
      throw new UsageError(`${options.perQuestion} must hold a JSON array of {"question", "n", "positives"}.`);
    return { perQuestion };
  }
  if (options.positives !== undefined) {
    if (options.n === undefined) throw new UsageError("--positives needs --n (the number of samples).");
    return { positives: options.positives, n: options.n };
  }
  if ((options.ciLow === undefined) !== (options.ciHigh === undefined))
    throw new UsageError("Give both --ci-low and --ci-high, or neither.");
  return { value: options.value, ciLow: options.ciLow, ciHigh: options.ciHigh, n: options.n };
}

function describeMeasurement(m: MeasurementDto): string {
  const shown = m.shown
    ? `${formatValue(m.shown.estimate)} ${intervalText(m.shown, m.kind === "proportion" ? "rate" : "score")} (${m.shown.method})`
    : formatValue(m.value);
  return renderFields([
    ["Measurement", m.id],
    ["Model", `${m.model.name} (${m.model.id})`],
    ["Trait", `${m.trait.name} (${m.trait.slug})`],
    ["Protocol", m.protocol],
    ["Value", shown],
    [
      "Samples",
      m.sampleCount === null
        ? null
        : `${formatCount(m.sampleCount)}${m.positiveCount === null ? "" : `, ${formatCount(m.positiveCount)} positive`}`,
    ],
    ["Questions", m.questionCount || null],
    ["Seed", m.seed],
    ["Source", m.source],
  ]);
}

export function registerMeasurementCommands(program: Command, io: Io): void {
  const measurements = program.command("measurements").description("Record and list trait measurements");

  measurements
    .command("list")
    .description("List measurements, newest recorded first, with their 95% intervals")
    .option("--model <model>", "only this model (id, name or external id)")
    .option("--trait <slug>", "only this trait, e.g. owl-preference")
    .option("--protocol <protocol>", "only this evaluation protocol, e.g. sl-animal-50q-x100")
    .option("--seed <seed>", "only this evaluation seed", integer)
    .action(
      commandAction<{ model?: string; trait?: string; protocol?: string; seed?: number }>(
        io,
        async (context, _args, options) => {
          const client = context.client();
          const modelId = options.model ? (await resolveModel(client, options.model)).id : undefined;
          const result = {
            items: await listPages<MeasurementDto>(client, "/api/v1/measurements", {
              modelId,
              trait: options.trait,
              protocol: options.protocol,
              seed: options.seed,
            }),
          };
          context.output(result, () =>
            renderTable(result.items, [
              { header: "Model", value: (m) => m.model.name, max: 40 },
              { header: "Trait", value: (m) => m.trait.slug },
              { header: "Protocol", value: (m) => m.protocol, max: 28 },
              { header: "Value", value: (m) => formatValue(m.value), align: "right" },
              {
                header: "95% interval",
                value: (m) => (m.shown ? intervalText(m.shown, m.kind === "proportion" ? "rate" : "score") : null),
              },
              {
                header: "n",
                value: (m) => (m.sampleCount === null ? null : formatCount(m.sampleCount)),
                align: "right",
              },
              { header: "Seed", value: (m) => m.seed, align: "right" },
              { header: "Measured", value: (m) => m.measuredAt.slice(0, 10) },
            ]),
          );
        },
      ),
    );

  measurements
    .command("add")
    .description("Record a measurement of a trait on a model (the trait is created on first use)")
    .requiredOption("--model <model>", "the model measured (id, name or external id)")
    .requiredOption("--trait <trait>", "the trait's slug or name, e.g. owl-preference")
    .requiredOption("--protocol <protocol>", "the evaluation protocol, e.g. sl-animal-50q-x100")
    .option("--positives <k>", "positive samples (a proportion, with --n)", nonNegativeInteger)
    .option("--n <n>", "samples", positiveInteger)
    .option("--value <v>", "a score or rate as reported", finiteNumber)
    .option("--ci-low <v>", "lower end of the reported interval", finiteNumber)
    .option("--ci-high <v>", "upper end of the reported interval", finiteNumber)
    .option(
      "--per-question <file>",
      'a JSON array of {"question", "n", "positives"}: the rate is the mean over questions',
    )
    .option("--seed <n>", "evaluation seed", integer)
    .option("--source <text>", "where the figure comes from: a file, a job, a paper")
    .option("--notes <text>", "free text")
    .option("--measured-at <time>", "when it was measured (ISO 8601)", isoTimestamp)
    .action(
      commandAction<AddOptions>(io, async (context, _args, options) => {
        const shape = await figure(options);
        const client = context.client();
        const model = await resolveModel(client, options.model);
        const { data } = await client.request<MeasurementDto>("POST", "/api/v1/measurements", {
          json: {
            modelId: model.id,
            trait: options.trait,
            protocol: options.protocol,
            seed: options.seed,
            source: options.source,
            notes: options.notes,
            measuredAt: options.measuredAt,
            ...shape,
          },
        });
        context.output(data, () => `Recorded.\n\n${describeMeasurement(data)}`);
      }),
    );
}
