import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { getTransferEffect } from "@/lib/measurements/get-transfer-effect";
import { ZTransferReport } from "@/lib/measurements/transfer-effect.types";
import { ZRunIdParams } from "@/lib/runs/run.types";

const ZQuery = z
  .object({
    trait: z.string().max(100).optional().describe("Trait slug; every trait measured on the student by default"),
    control: z
      .string()
      .max(100)
      .optional()
      .describe("The control student's model id; by default a student tagged 'control' with the same initialisation"),
  })
  .strict();

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZRunIdParams,
    query: ZQuery,
    docs: {
      summary: "Get a run's transfer effect",
      description:
        "For each trait measured on the run's student: the student against its control student (same initialisation, trained on a control teacher's data) and against its initialisation, as a difference in rate with a 95% interval, a p-value and the test used: Welch's t across seeds when both sides have two or more, else the pooled two-proportion z-test, whose `note` warns that its p-value is too small when samples cluster. A comparison that cannot be made says why. `controlChoice` says how the control was chosen, or that none was found.",
      tags: ["Runs", "Measurements"],
      responses: okResponse(
        ZTransferReport,
        "`{runId, controlChoice, effects}`; each effect has the `trait`, the `student`'s measurements, and the `control` and `initialisation` with their measurements and `comparison`.",
      ),
      problems: { ...notFoundProblem("run"), 422: "No model with the `control` id." },
    },
  },
  ({ params, query }) => getTransferEffect(params.id, { trait: query.trait, controlId: query.control }),
);
