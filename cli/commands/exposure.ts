import type { Command } from "commander";
import type { UnmeasuredExposure } from "@/lib/exposure/list-unmeasured-exposures";
import { listPages } from "../api/list-pages";
import { commandAction } from "../command-action";
import type { Io } from "../context";
import { renderTable } from "../render/table";
import { unmeasuredColumns } from "../render/verdicts";

interface ExposureOptions {
  trait?: string;
}

export function registerExposureCommand(program: Command, io: Io): void {
  program
    .command("exposure")
    .description(
      "List the models exposed to a trait but never measured on it (high risk first): downstream of a model declared to carry the trait, or measured above its initialisation",
    )
    .option("--trait <slug>", "only this trait")
    .action(
      commandAction<ExposureOptions>(io, async (context, _args, options) => {
        const items = await listPages<UnmeasuredExposure>(context.client(), "/api/v1/exposure", {
          trait: options.trait,
        });
        context.output({ items }, () =>
          items.length === 0
            ? "Every model downstream of a trait's source has been measured on that trait."
            : renderTable(items, unmeasuredColumns),
        );
      }),
    );
}
