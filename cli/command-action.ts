import type { Command } from "commander";
import type { GlobalOptions } from "./config";
import { CommandContext, type Io } from "./context";

/**
 * A commander action handler that hands the command its context (output, client), its positional
 * arguments and its options merged with the global ones (--url, --token, --json).
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- O is the caller's declaration of its options' shape, which commander cannot infer
export function commandAction<O extends object>(
  io: Io,
  run: (context: CommandContext, args: string[], options: O & GlobalOptions) => Promise<void>,
) {
  return async (...received: unknown[]) => {
    const command = received[received.length - 1] as Command;
    const options = command.optsWithGlobals<O & GlobalOptions>();
    await run(new CommandContext(io, options), command.processedArgs as string[], options);
  };
}
