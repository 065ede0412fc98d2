import { z } from "zod";

// The body of every error (RFC 9457), as lib/api/problem.ts writes it. tests/unit/openapi-document.test.ts
// checks real ApiProblem bodies against this schema, so the two cannot drift apart.
export const ZProblem = z
  .object({
    type: z.string().describe("urn:pedigree:problem:<kind>, e.g. urn:pedigree:problem:validation-failed"),
    title: z.string().describe("The status in words, e.g. 'Validation failed'"),
    status: z.number().int().describe("The HTTP status code, repeated"),
    detail: z.string().optional().describe("What went wrong, for a person to read"),
    errors: z
      .array(
        z
          .object({
            field: z
              .string()
              .describe(
                "A dotted path into the body ('student.name'), a parameter name, or 'line N' of an uploaded file",
              ),
            location: z.string().optional().describe("body, query, path, header or line"),
            message: z.string(),
          })
          // An uploaded file's rows also carry their `line` number.
          .loose(),
      )
      .optional()
      .describe("Each field at fault, when the request was refused for its content"),
  })
  .catchall(z.unknown())
  .describe("RFC 9457 problem details; some problems add members, e.g. existingId or cycle on a 409.");

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
