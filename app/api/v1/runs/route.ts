import { fieldProblem } from "@/lib/api/problem";
import { created, withApi } from "@/lib/api/with-api";
import { createRun } from "@/lib/runs/create-run";
import { listRuns } from "@/lib/runs/list-runs";
import { ZCreateRun, ZIdempotencyKey, ZListRunsQuery } from "@/lib/runs/run.types";

export const GET = withApi({ scope: "catalog:read", query: ZListRunsQuery }, ({ query }) => listRuns(query));

export const POST = withApi({ scope: "catalog:write", body: ZCreateRun }, async ({ actor, body, request }) => {
  const header = request.headers.get("idempotency-key");
  const key = header === null ? undefined : ZIdempotencyKey.safeParse(header);
  if (key && !key.success) throw fieldProblem(400, [{ field: "Idempotency-Key", location: "header", message: "1 to 200 characters" }]);
  const { run, created: isNew } = await createRun(actor, body, key?.data);
  return isNew ? created(run, `/api/v1/runs/${run.id}`) : Response.json(run);
});
