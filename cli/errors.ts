// The failures a command can end with, each mapped to one exit code (see exit-codes.ts).

// The API's problem documents and ProblemError are the UI's too: one problem+json client for both.
export { ProblemError, type ProblemDocument as Problem } from "@/lib/http/problem-client";

/** The request never got an answer: refused connection, unknown host, reset, timeout. */
export class ConnectionError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`Could not reach ${url}: ${reason}`);
    this.name = "ConnectionError";
  }
}

/** The command was called wrongly, or an input file is not what it should be. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The command ran, and what it checked failed; its result is already printed. */
export class FailedCheck extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FailedCheck";
  }
}

/** The report is intact and signed by the server's key, but the server has no record of issuing it; its result is already printed. */
export class UnknownReport extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnknownReport";
  }
}
