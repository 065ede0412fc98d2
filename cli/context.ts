import { PedigreeClient } from "./client";
import { resolveConnection, type GlobalOptions } from "./config";

// What a command runs with: its output streams, the environment, the global options, a client.

interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** What `-` reads for commands that take text from standard input; none when there is no input. */
  stdin?: AsyncIterable<string | Uint8Array>;
  /** Tests may pass their own; the CLI uses the global fetch. */
  fetch?: typeof fetch;
}

export class CommandContext {
  readonly json: boolean;
  private cachedClient?: PedigreeClient;

  constructor(
    readonly io: Io,
    readonly options: GlobalOptions,
  ) {
    this.json = options.json === true;
  }

  client(): PedigreeClient {
    this.cachedClient ??= new PedigreeClient({ ...resolveConnection(this.options, this.io.env), fetch: this.io.fetch });
    return this.cachedClient;
  }

  /** Human output on stdout (nothing in --json mode, where stdout carries only the JSON). */
  print(text: string): void {
    if (!this.json) this.io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  }

  printJson(value: unknown): void {
    this.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** Human output when not --json, the value as JSON otherwise. */
  output(value: unknown, human: () => string): void {
    if (this.json) this.printJson(value);
    else this.print(human());
  }

  /** Notes and warnings go to stderr, so they never break JSON on stdout. */
  note(text: string): void {
    this.io.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
  }
}
