// The errors domain code throws, named by what went wrong rather than by HTTP status. lib/api's withApi
// answers each with a problem+json response (lib/api/problem-of-domain-error.ts holds the statuses);
// domain code neither knows nor needs to know HTTP. `detail` is the sentence a person reads; `details`
// carries what a program reads: the fields or lines at fault (`errors`) and anything else the error names
// (`existingId`, `differingFields`, `cycle`, `retryAfterSeconds`, ...), sent as members of the body.

export interface FieldError {
  /** Where the problem is: a dotted path into the body ("student.name"), a query parameter, or "line 12". */
  field: string;
  /** "body", "query", "path", or for files "line". */
  location?: string;
  /** For files: the line at fault, counting from 1. */
  line?: number;
  message: string;
}

export interface ErrorDetails {
  /** The fields or lines at fault. */
  errors?: FieldError[];
  /** When to try again (TooManyAttemptsError, UnavailableError). */
  retryAfterSeconds?: number;
  [key: string]: unknown;
}

export abstract class DomainError extends Error {
  constructor(
    readonly detail?: string,
    readonly details: ErrorDetails = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }

  /** One of these naming the fields or lines at fault; the detail, unless given, lists them. */
  static fields<E extends DomainError>(
    this: new (detail?: string, details?: ErrorDetails) => E,
    errors: FieldError[],
    detail?: string,
  ): E {
    return new this(detail ?? errors.map((error) => `${error.field}: ${error.message}`).join("; "), { errors });
  }
}

/** The thing asked for does not exist (or is not the caller's to see). */
export class NotFoundError extends DomainError {}

/** The request clashes with what is stored: a duplicate, a repeat with another body, the last admin. */
export class ConflictError extends DomainError {}

/** The request is well formed but its content is wrong: a field, a line of a file, a reference. */
export class InvalidError extends DomainError {}

/** The request itself is malformed: no body where one is needed, a cursor of another list, a broken file. */
export class MalformedError extends DomainError {}

/** The caller may not do this, whoever else may. */
export class ForbiddenError extends DomainError {}

/** The body is larger than its limit. */
export class TooLargeError extends DomainError {}

/** The client stopped sending before the body was complete. */
export class TimedOutError extends DomainError {}

/** Too many attempts (failed sign-ins); `details.retryAfterSeconds` says when to come back. */
export class TooManyAttemptsError extends DomainError {}

/** The server cannot take this on now (busy, the database too slow); `details.retryAfterSeconds` may say when to come back. */
export class UnavailableError extends DomainError {}
