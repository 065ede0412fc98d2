// The failures a command can end with, each mapped to one exit code (see exit-codes.ts).

export interface ProblemFieldError {
  field: string;
  message: string;
  location?: string;
}

/** An RFC 9457 problem document as the Pedigree API sends it (application/problem+json). */
export interface Problem {
  status: number;
  title: string;
  type?: string;
  detail?: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}

/** The server answered with an error status; `problem` is its problem document. */
export class ProblemError extends Error {
  readonly status: number;

  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ProblemError";
    this.status = problem.status;
  }
}

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
