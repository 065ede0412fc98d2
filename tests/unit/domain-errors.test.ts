import { describe, expect, it } from "vitest";
import { ApiProblem, fieldProblem, problemResponse } from "@/lib/api/problem";
import { problemOfDomainError } from "@/lib/api/problem-of-domain-error";
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  MalformedError,
  NotFoundError,
  TimedOutError,
  TooLargeError,
  TooManyAttemptsError,
  UnavailableError,
} from "@/lib/errors/domain-errors";

// withApi answers a domain error with the problem+json a route would have sent had it thrown ApiProblem.
describe("domain errors as problems", () => {
  it("gives each error its status, and the detail and details as the body", () => {
    const cases = [
      [new NotFoundError("No model with id 'm1'."), 404],
      [
        new ConflictError("Run r1 was registered with a different body.", {
          existingId: "r1",
          differingFields: ["seed"],
        }),
        409,
      ],
      [
        new InvalidError("2 invalid row(s); nothing was stored.", {
          errors: [{ field: "line 2", location: "line", message: "bad" }],
        }),
        422,
      ],
      [new MalformedError("The upload was interrupted before it was complete; nothing was stored."), 400],
      [new ForbiddenError("You act as viewer.", { allowedRoles: ["viewer"] }), 403],
      [new TooLargeError("Uploads are limited to 10 bytes."), 413],
      [new TimedOutError("The client sent nothing for 10 ms."), 408],
      [new TooManyAttemptsError("Too many failed sign-ins.", { retryAfterSeconds: 30 }), 429],
      [new UnavailableError("Too many sign-ins.", { retryAfterSeconds: 2 }), 503],
    ] as const;
    for (const [error, status] of cases) {
      expect(problemOfDomainError(error).toBody()).toEqual(
        new ApiProblem(status, error.detail, error.details).toBody(),
      );
    }
  });

  it("lists the fields at fault as fieldProblem did", () => {
    const errors = [{ field: "body", location: "body", message: "the file holds no row" }];
    expect(problemOfDomainError(InvalidError.fields(errors)).toBody()).toEqual(fieldProblem(422, errors).toBody());
    expect(problemOfDomainError(MalformedError.fields(errors, "No body.")).toBody()).toEqual(
      fieldProblem(400, errors, "No body.").toBody(),
    );
  });

  it("says when to come back in Retry-After", () => {
    const response = problemResponse(problemOfDomainError(new UnavailableError("Busy.", { retryAfterSeconds: 2 })));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
