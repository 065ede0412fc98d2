import { Option, type Command } from "commander";
import type { Lineage } from "@/lib/lineage/lineage.types";
import { resolveModel } from "../api/find-model";
import { commandAction } from "../command-action";
import type { Io } from "../context";
import { positiveInteger } from "../options";
import { renderLineageTree } from "../render/lineage-tree";

interface LineageOptions {
  depth: number;
  direction: "both" | "ancestors" | "descendants";
}

export function registerLineageCommand(program: Command, io: Io): void {
  program
    .command("lineage")
    .description(
      "Show a model's lineage as a tree: what it came from (bases, teachers, datasets) and what came from it",
    )
    .argument("<model>", "id, name or external id")
    .option("--depth <n>", "how many edges to follow (at most 50)", positiveInteger, 10)
    .addOption(
      new Option("--direction <direction>", "which side").choices(["both", "ancestors", "descendants"]).default("both"),
    )
    .action(
      commandAction<LineageOptions>(io, async (context, [reference], options) => {
        const client = context.client();
        const model = await resolveModel(client, reference);
        const lineage = await client.get<Lineage>(`/api/v1/models/${encodeURIComponent(model.id)}/lineage`, {
          depth: options.depth,
          direction: options.direction,
        });
        context.output(lineage, () => renderLineageTree(lineage, options.direction));
      }),
    );
}
