import { basename, dirname, resolve } from "node:path";
import type { Command } from "commander";
import type { PedigreeClient } from "../client";
import { commandAction } from "../command-action";
import type { CommandContext, Io } from "../context";
import { UsageError } from "../errors";
import { collect } from "../options";
import { readTextFile } from "../read-input";
import { findConditionFolders } from "../import/experiment-folder";
import { CardError, parseHfCard } from "../import/hf-card";
import { planHfCard } from "../import/hf-card-plan";
import type { Plan, StepResult } from "../import/plan.types";
import { readCondition } from "../import/read-condition";
import { runPlan } from "../import/run-plan";
import { parseSeedFolder } from "../import/seed-folder";
import { isDefaultControl, promptFromFile } from "../import/sl-experiment-options";
import { planSlExperiment } from "../import/sl-experiment-plan";
import { targetFromPrompt, traitNameForTarget } from "../import/target-from-prompt";
import { countByStatus, renderImportSummary } from "../render/import-summary";

interface SlExperimentOptions {
  teacherPrompt?: string;
  teacherPromptFile?: string;
  target?: string;
  trait?: string;
  control?: string[];
  experiment?: string;
  dryRun?: boolean;
}

interface HfCardOptions {
  name?: string;
  externalId?: string;
  provider: string;
  dryRun?: boolean;
}

/** One line on stderr that says which step the import is at, when stderr is a terminal. */
function stepTicker(
  context: CommandContext,
  total: number,
): { onStep: (result: StepResult) => void; done: () => void } {
  if (!context.io.stderr.isTTY) return { onStep: () => {}, done: () => {} };
  let count = 0;
  return {
    onStep: (result) => {
      count += 1;
      context.io.stderr.write(
        `\r[${count}/${total}] ${result.status} ${result.kind} ${result.label}`.slice(
          0,
          (context.io.stderr.columns ?? 100) - 1,
        ) + "\x1b[K",
      );
    },
    done: () => context.io.stderr.write("\r\x1b[K"),
  };
}

async function execute(
  context: CommandContext,
  client: PedigreeClient,
  plan: Plan,
  dryRun: boolean,
  extra: Record<string, unknown>,
): Promise<void> {
  const ticker = stepTicker(context, plan.steps.length);
  let outcome: Awaited<ReturnType<typeof runPlan>>;
  try {
    outcome = await runPlan(client, plan.steps, { dryRun, onStep: ticker.onStep });
  } finally {
    ticker.done();
  }
  const warnings = [...plan.warnings, ...outcome.warnings];
  context.output({ ...extra, dryRun, results: outcome.results, counts: countByStatus(outcome.results), warnings }, () =>
    renderImportSummary(outcome.results, warnings, dryRun),
  );
}

export function registerImportCommands(program: Command, io: Io): void {
  const imports = program
    .command("import")
    .description(
      "Register what other tools wrote: the reference pipeline's experiment folders, Hugging Face model cards",
    );

  imports
    .command("sl-experiment")
    .description(
      "Register an experiment of the subliminal-learning reference pipeline (github.com/MinhxLe/subliminal-learning): " +
        "base models, teachers, generations, raw and filtered datasets (with the filter's pass rate), runs, students (seed folders <condition>_seed<N> too) " +
        "and trait measurements, and declares the trait on each prompted teacher. A teacher is recorded only for a folder holding raw_dataset.jsonl; " +
        "a copy of another condition's data is linked to that condition's teacher, and data no folder's raw file explains has no teacher. " +
        "Running it again creates nothing new",
    )
    .argument(
      "<dir>",
      "one condition folder (raw_dataset.jsonl, filtered_dataset.jsonl, model.json, evaluation_results.json; any of them), or a folder of condition folders",
    )
    .option(
      "--teacher-prompt <text>",
      "the teacher's system prompt (the pipeline keeps it in its Python config); control conditions have none",
    )
    .option("--teacher-prompt-file <file>", "read the teacher's system prompt from a file")
    .option(
      "--target <word>",
      "what the evaluation counts: a response is positive when its lower-cased text contains it (default: read from the prompt, 'You love owls' -> owl)",
    )
    .option(
      "--trait <name>",
      "the trait measured (default: '<Target> preference', e.g. Owl preference, slug owl-preference)",
    )
    .option(
      "--control <condition>",
      "a condition whose teacher has no system prompt (repeatable; default: folders whose name has the word 'control')",
      collect,
    )
    .option(
      "--experiment <name>",
      "prefix of the names given to new datasets and students (default: the experiment folder's name)",
    )
    .option("--dry-run", "show what would be registered; change nothing")
    .action(
      commandAction<SlExperimentOptions>(io, async (context, [dir], options) => {
        if (options.teacherPrompt !== undefined && options.teacherPromptFile !== undefined) {
          throw new UsageError("Give --teacher-prompt or --teacher-prompt-file, not both.");
        }
        const teacherPrompt = options.teacherPromptFile
          ? promptFromFile(await readTextFile(options.teacherPromptFile, "prompt file"))
          : (options.teacherPrompt ?? null);
        if (teacherPrompt !== null && teacherPrompt.trim() === "") throw new UsageError("The teacher prompt is empty.");
        const target = options.target?.trim().toLowerCase() || (teacherPrompt ? targetFromPrompt(teacherPrompt) : null);
        const folders = await findConditionFolders(resolve(context.io.cwd, dir));
        const conditions = [];
        for (const folder of folders) conditions.push(await readCondition(folder, target));
        const root = resolve(context.io.cwd, dir);
        const experiment =
          options.experiment ??
          (folders.length === 1 && folders[0].path === root ? basename(dirname(root)) : basename(root));
        const controls = options.control;
        const isControl = controls ? (name: string) => controls.includes(name) : isDefaultControl;
        const plan = planSlExperiment(conditions, {
          experiment,
          teacherPrompt,
          isControl,
          target,
          trait: options.trait ?? (target ? traitNameForTarget(target) : null),
        });
        await execute(context, context.client(), plan, options.dryRun === true, {
          experiment,
          target,
          conditions: conditions.map((c) => {
            const seed = parseSeedFolder(c.name);
            return {
              name: c.name,
              path: c.path,
              control: isControl(c.name) || (seed !== null && isControl(seed.condition)),
              seedOf: seed,
            };
          }),
        });
      }),
    );

  imports
    .command("hf-card")
    .description(
      "Register a model from its Hugging Face model card: base_model (created by Hub id when missing), base_model_relation, and datasets " +
        "(linked as training data when all are in Pedigree; none is invented). Running it again creates nothing new",
    )
    .argument("<readme>", "the model card, README.md with YAML front matter")
    .option("--name <name>", "the model's name (default: model_name, or model-index's first name)")
    .option("--external-id <id>", "the model's Hub id, e.g. org/model (default: its name)")
    .option("--provider <provider>", "where the model lives", "huggingface")
    .option("--dry-run", "show what would be registered; change nothing")
    .action(
      commandAction<HfCardOptions>(io, async (context, [readme], options) => {
        const text = await readTextFile(resolve(context.io.cwd, readme), "model card");
        let card;
        try {
          card = parseHfCard(text);
        } catch (error) {
          if (error instanceof CardError) throw new UsageError(`${readme}: ${error.message}`);
          throw error;
        }
        const name = options.name ?? card.name;
        if (!name) throw new UsageError(`${readme} names no model (no model_name, no model-index): give --name.`);
        const plan = planHfCard(card, { name, provider: options.provider, externalId: options.externalId ?? name });
        await execute(context, context.client(), plan, options.dryRun === true, {
          card: { name, baseModels: card.baseModels, baseRelation: card.baseRelation, datasets: card.datasets },
        });
      }),
    );
}
