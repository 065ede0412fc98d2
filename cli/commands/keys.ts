import type { Command } from "commander";
import type { TKeyRotation } from "@/lib/reports/rotate-signing-key";
import { commandAction } from "../command-action";
import type { Io } from "../context";
import { renderFields } from "../render/fields";

function describeRotation(rotation: TKeyRotation): string {
  return `Rotated the report-signing key.\n\n${renderFields([
    ["New key", `${rotation.current.keyId} (signs every report from now on)`],
    [
      "Retired key",
      `${rotation.retired.keyId}, at ${new Date(rotation.retired.retiredAt).toISOString()} (reports it signed still verify)`,
    ],
  ])}`;
}

export function registerKeysCommands(program: Command, io: Io): void {
  const keys = program.command("keys").description("The server's report-signing key (admin)");
  keys
    .command("rotate")
    .description(
      "Make a new report-signing key and retire the current one: new reports are signed with the new key, and reports signed before still verify with the retired key's public half (GET /api/v1/reports/public-key lists both)",
    )
    .action(
      commandAction(io, async (context) => {
        const { data } = await context.client().request<TKeyRotation>("POST", "/api/v1/reports/keys/rotate");
        context.output(data, () => describeRotation(data));
      }),
    );
}
