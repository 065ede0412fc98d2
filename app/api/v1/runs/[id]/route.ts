import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { getRun } from "@/lib/runs/get-run";
import { ZRunDetail, ZRunIdParams, ZUpdateRun } from "@/lib/runs/run.types";
import { updateRun } from "@/lib/runs/update-run";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZRunIdParams,
    docs: {
      summary: "Get a distillation run",
      description:
        "The run with its student, initialisation, teachers (named, and implied by the generations of its datasets), datasets, hyperparameters and timing, and for each teacher-student pair whether they share an initialisation.",
      tags: ["Runs"],
      responses: okResponse(
        ZRunDetail,
        "The run's detail: its summary fields plus `sharedInitialization`, one entry per teacher.",
      ),
      problems: notFoundProblem("run"),
    },
  },
  ({ params }) => getRun(params.id),
);

export const PATCH = withApi(
  {
    scope: "catalog:write",
    params: ZRunIdParams,
    body: ZUpdateRun,
    docs: {
      summary: "Update a run's status and times",
      description:
        "For a training job to report its progress: `status`, `startedAt`, `finishedAt` (null clears a time). Only the fields given change; `finishedAt` may not fall before `startedAt`. Audited with the run before and after.",
      tags: ["Runs"],
      responses: okResponse(ZRunDetail, "The run's detail after the change."),
      problems: {
        ...notFoundProblem("run"),
        422: "The body does not match the schema or changes nothing (`errors` lists each field), or `finishedAt` would fall before `startedAt`.",
      },
    },
  },
  ({ actor, params, body }) => updateRun(actor, params.id, body),
);
