import { ApiProblem } from "@/lib/api/problem";
import { created, withApi } from "@/lib/api/with-api";
import { ZListDatasetsQuery, ZUploadDatasetQuery } from "@/lib/datasets/dataset.types";
import { listDatasets } from "@/lib/datasets/list-datasets";
import { uploadDataset } from "@/lib/datasets/upload-dataset";
import { env } from "@/lib/env";

export const GET = withApi({ scope: "catalog:read", query: ZListDatasetsQuery }, ({ query }) => listDatasets(query));

// The file is the raw request body (`curl --data-binary @numbers.jsonl`), streamed, never buffered.
export const POST = withApi({ scope: "catalog:write", query: ZUploadDatasetQuery }, async ({ actor, query, request }) => {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > env.PEDIGREE_MAX_UPLOAD_BYTES) {
    throw new ApiProblem(413, `Uploads are limited to ${env.PEDIGREE_MAX_UPLOAD_BYTES} bytes (PEDIGREE_MAX_UPLOAD_BYTES).`);
  }
  const result = await uploadDataset(actor, query, request.body);
  return result.created ? created(result, `/api/v1/datasets/${result.id}`) : Response.json(result);
});
