import "server-only";
import {
  ConflictError,
  type DomainError,
  ForbiddenError,
  InvalidError,
  MalformedError,
  NotFoundError,
  TimedOutError,
  TooLargeError,
  TooManyAttemptsError,
  UnavailableError,
} from "@/lib/errors/domain-errors";
import { ApiProblem } from "./problem";

// Each domain error's HTTP status. The body is the error's detail and details, as the problem's detail
// and members.
const STATUSES: Array<[new (...args: never[]) => DomainError, number]> = [
  [NotFoundError, 404],
  [ConflictError, 409],
  [InvalidError, 422],
  [MalformedError, 400],
  [ForbiddenError, 403],
  [TooLargeError, 413],
  [TimedOutError, 408],
  [TooManyAttemptsError, 429],
  [UnavailableError, 503],
];

export function problemOfDomainError(error: DomainError): ApiProblem {
  const status = STATUSES.find(([type]) => error instanceof type)?.[1] ?? 500;
  return new ApiProblem(status, error.detail, error.details);
}
