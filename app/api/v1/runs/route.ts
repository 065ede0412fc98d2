import { withApi } from "@/lib/api/with-api";
import { listRuns } from "@/lib/runs/list-runs";
import { ZListRunsQuery } from "@/lib/runs/run.types";

export const GET = withApi({ scope: "catalog:read", query: ZListRunsQuery }, ({ query }) => listRuns(query));
