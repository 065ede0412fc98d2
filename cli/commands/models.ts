import { Option, type Command } from "commander";
import { BASE_RELATIONS, type TCreateModel } from "@/lib/models/model.types";
import type { TraitDeclarationDto } from "@/lib/declarations/declaration.types";
import type { ModelExposure } from "@/lib/exposure/exposure.types";
import type { ModelDetail } from "@/lib/models/get-model";
import type { ModelDto } from "@/lib/models/model-dto";
import type { Page } from "@/lib/pagination/cursor-page";
import { resolveModel } from "../api/find-model";
import { commandAction } from "../command-action";
import type { Io } from "../context";
import { UsageError } from "../errors";
import { addPageOptions, collect, positiveInteger, type PageOptions } from "../options";
import { readTextFile } from "../read-input";
import { renderDeclarations, renderModelDetail, modelColumns } from "../render/model";
import { renderModelExposure } from "../render/verdicts";
import { renderPage } from "../render/table";

interface AddOptions {
  name: string;
  provider: string;
  externalId?: string;
  version?: string;
  description?: string;
  initializedFrom?: string;
  relation?: (typeof BASE_RELATIONS)[number];
  systemPrompt?: string;
  systemPromptFile?: string;
  systemPromptSha256?: string;
  checkpointUri?: string;
  checkpointSha256?: string;
  parameters?: number;
  tag?: string[];
}

interface ListOptions extends PageOptions {
  search?: string;
  provider?: string;
  tag?: string;
}

export function registerModelCommands(program: Command, io: Io): void {
  const models = program.command("models").description("Register, list and show models (teachers, students, bases)");

  models
    .command("add")
    .description(
      "Register a model. Idempotent on (provider, external id): repeating a registration returns the model already registered",
    )
    .requiredOption("--name <name>", "display name")
    .requiredOption("--provider <provider>", "who serves or hosts it: openai, huggingface, local...")
    .option("--external-id <id>", "the provider's identifier (unique per provider)")
    .option("--version <version>", "version label")
    .option("--description <text>", "free text")
    .option(
      "--initialized-from <model>",
      "the model it was fine-tuned, prompted or initialised from (id, name or external id)",
    )
    .addOption(
      new Option("--relation <relation>", "how it derives from --initialized-from (default finetune)").choices(
        BASE_RELATIONS,
      ),
    )
    .option("--system-prompt <text>", "a teacher's system prompt (stored, and hashed)")
    .option("--system-prompt-file <file>", "read the system prompt from a file")
    .option("--system-prompt-sha256 <hex>", "SHA-256 of a system prompt that is withheld")
    .option("--checkpoint-uri <uri>", "where the weights are")
    .option("--checkpoint-sha256 <hex>", "SHA-256 of the weights")
    .option("--parameters <count>", "parameter count", positiveInteger)
    .option("--tag <tag>", "a tag (repeatable)", collect)
    .action(
      commandAction<AddOptions>(io, async (context, _args, options) => {
        if (options.systemPrompt !== undefined && options.systemPromptFile !== undefined) {
          throw new UsageError("Give --system-prompt or --system-prompt-file, not both.");
        }
        if (options.relation && !options.initializedFrom) throw new UsageError("--relation needs --initialized-from.");
        const client = context.client();
        const base = options.initializedFrom ? await resolveModel(client, options.initializedFrom) : undefined;
        const systemPrompt = options.systemPromptFile
          ? await readTextFile(options.systemPromptFile, "system prompt file")
          : options.systemPrompt;
        const body: TCreateModel = {
          name: options.name,
          provider: options.provider,
          externalId: options.externalId,
          version: options.version,
          description: options.description,
          initializedFromId: base?.id,
          baseRelation: options.relation,
          systemPrompt,
          systemPromptSha256: options.systemPromptSha256,
          checkpointUri: options.checkpointUri,
          checkpointSha256: options.checkpointSha256,
          parameterCount: options.parameters,
          tags: options.tag ?? [],
        };
        // The server compares a repeat with the model already registered: identical answers 200 with
        // it, different fields a 409 naming them. Either way nothing is registered twice.
        const { status, data } = await client.request<ModelDto>("POST", "/api/v1/models", { json: body });
        const created = status === 201;
        context.output(
          { ...data, created },
          () => `${created ? "Registered" : "Already registered:"} ${data.name} (${data.id})`,
        );
      }),
    );

  const list = models
    .command("list")
    .description("List models, newest first")
    .option("-s, --search <text>", "matches name, external id or provider")
    .option("--provider <provider>", "only this provider")
    .option("--tag <tag>", "only models with this tag");
  addPageOptions(list).action(
    commandAction<ListOptions>(io, async (context, _args, options) => {
      const page = await context.client().get<Page<ModelDto>>("/api/v1/models", {
        q: options.search,
        provider: options.provider,
        tag: options.tag,
        limit: options.limit,
        cursor: options.cursor,
      });
      context.output(page, () => renderPage(page, modelColumns));
    }),
  );

  models
    .command("show")
    .description("Show a model: what it derives from, the runs that made it, what it taught, its measurements")
    .argument("<model>", "id, name or external id")
    .action(
      commandAction(io, async (context, [reference]) => {
        const client = context.client();
        const model = await resolveModel(client, reference);
        const path = `/api/v1/models/${encodeURIComponent(model.id)}`;
        const [detail, exposure, declarations] = await Promise.all([
          client.get<ModelDetail>(path),
          client.get<ModelExposure>(`${path}/exposure`),
          client.get<{ items: TraitDeclarationDto[] }>(`${path}/declarations`),
        ]);
        context.output({ ...detail, exposure, declarations: declarations.items }, () =>
          [renderModelDetail(detail), renderDeclarations(declarations.items), renderModelExposure(exposure)].join(
            "\n\n",
          ),
        );
      }),
    );

  models
    .command("declare")
    .description(
      "Declare that a model carries a trait without a measurement (e.g. a teacher whose system prompt targets it): it becomes a source of the trait, and every model downstream of it is exposed. Idempotent",
    )
    .argument("<model>", "id, name or external id")
    .requiredOption("--trait <name>", "the trait's name or slug (created on first use)")
    .requiredOption("--reason <text>", 'why the model carries the trait, e.g. "its system prompt says it loves owls"')
    .action(
      commandAction<{ trait: string; reason: string }>(io, async (context, [reference], options) => {
        const client = context.client();
        const model = await resolveModel(client, reference);
        const { status, data } = await client.request<TraitDeclarationDto>(
          "POST",
          `/api/v1/models/${encodeURIComponent(model.id)}/declarations`,
          {
            json: { trait: options.trait, reason: options.reason },
          },
        );
        context.output(
          data,
          () =>
            `${status === 201 ? "Declared" : "Already declared"}: ${data.model.name} carries ${data.trait.name} (${data.trait.slug}).`,
        );
      }),
    );
}
