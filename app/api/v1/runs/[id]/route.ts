import { withApi } from "@/lib/api/with-api";
import { getRun } from "@/lib/runs/get-run";
import { ZRunIdParams, ZUpdateRun } from "@/lib/runs/run.types";
import { updateRun } from "@/lib/runs/update-run";

export const GET = withApi({ scope: "catalog:read", params: ZRunIdParams }, ({ params }) => getRun(params.id));

export const PATCH = withApi({ scope: "catalog:write", params: ZRunIdParams, body: ZUpdateRun }, ({ actor, params, body }) =>
  updateRun(actor, params.id, body),
);
