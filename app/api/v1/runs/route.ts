import { fieldProblem } from "@/lib/api/problem";
import { created, withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { createRun } from "@/lib/runs/create-run";
import { listRuns } from "@/lib/runs/list-runs";
import { ZCreateRun, ZIdempotencyKey, ZListRunsQuery, ZRunDetail, ZRunSummary } from "@/lib/runs/run.types";
import { zPage } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "catalog:read",
    query: ZListRunsQuery,
    docs: {
      summary: "List distillation runs",
      description:
        "Newest first, filtered by status, method, student, or teacher (runs trained on data the teacher generated, or naming it as teacher).",
      tags: ["Runs"],
      responses: okResponse(
        zPage(ZRunSummary),
        "A page `{items, nextCursor}`; each run has `id`, `method`, `status`, `seed`, `externalJobId`, `hyperparameters`, its `student`, `initializedFrom`, `teachers` and `datasets`, `startedAt` and `finishedAt`.",
      ),
    },
  },
  ({ query }) => listRuns(query),
);

export const POST = withApi(
  {
    scope: "catalog:write",
    body: ZCreateRun,
    docs: {
      summary: "Register a distillation run",
      description:
        "A student trained on one or more datasets from an initialisation. The student is an existing model (`{id}`) or a new one created with the run (`{name, provider, ...}`); its `initializedFrom` link is set from the run. Teachers are implied by the datasets' generations; `teacherIds` adds others. Everything lands in one transaction: a missing reference, a lineage cycle or any other failure leaves nothing behind.\n\nIdempotent: registering the same `externalJobId`, or sending the same `Idempotency-Key` header again (keys are the caller's own: another user's same key is another request), with the same body answers 200 with the first run rather than creating another; with a different body it answers 409 naming the fields that differ.",
      tags: ["Runs"],
      headers: {
        "Idempotency-Key": {
          schema: ZIdempotencyKey,
          description:
            "Any string of 1 to 200 characters, unique among your own requests: a retry with the same key and body returns the run the first request created.",
        },
      },
      responses: {
        ...createdResponse(ZRunDetail, "The registered run, in detail.", "/api/v1/runs/{id}"),
        ...okResponse(
          ZRunDetail,
          "A run with this `externalJobId` or your `Idempotency-Key` already exists, registered with the same body: that run.",
        ),
      },
      problems: {
        400: "The Idempotency-Key header is empty or longer than 200 characters, or the body is missing or not JSON.",
        409: "This `externalJobId` or your `Idempotency-Key` was used with a different body (`differingFields` lists the top-level fields that differ, `existingId` names the run), a new student's (`provider`, `externalId`) is already registered (pass `student: {id}` instead; `existingId` names it), or the run would make a model its own ancestor (`cycle` names the path).",
        422: "The body does not match the schema (`errors` lists each field), a dataset, teacher or `initializedFromId` does not exist, or an existing student was initialised from another model.",
      },
    },
  },
  async ({ actor, body, request }) => {
    const header = request.headers.get("idempotency-key");
    const key = header === null ? undefined : ZIdempotencyKey.safeParse(header);
    if (key && !key.success)
      throw fieldProblem(400, [{ field: "Idempotency-Key", location: "header", message: "1 to 200 characters" }]);
    const { run, created: isNew } = await createRun(actor, body, key?.data);
    return isNew ? created(run, `/api/v1/runs/${run.id}`) : Response.json(run);
  },
);
