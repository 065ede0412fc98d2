import { ApiProblem } from "@/lib/api/problem";
import { created, withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { ZDatasetSummary, ZListDatasetsQuery, ZUploadDatasetQuery, ZUploadResult } from "@/lib/datasets/dataset.types";
import { listDatasets } from "@/lib/datasets/list-datasets";
import { uploadDataset } from "@/lib/datasets/upload-dataset";
import { env } from "@/lib/env";
import { zPage } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "catalog:read",
    query: ZListDatasetsQuery,
    docs: {
      summary: "List datasets",
      description: "Newest first. `q` matches part of the name or of the SHA-256 (case-insensitive).",
      tags: ["Datasets"],
      responses: okResponse(
        zPage(ZDatasetSummary),
        "A page `{items, nextCursor}`; each dataset has `id`, `name`, `sha256`, `recordCount`, `byteSize`, `format`, `tags`, its `teacher`, the dataset it was `filteredFrom` with the filter's `passRate`, and the students trained on it.",
      ),
    },
  },
  ({ query }) => listDatasets(query),
);

// The file is the raw request body (`curl --data-binary @numbers.jsonl`), streamed, never buffered.
export const POST = withApi(
  {
    scope: "catalog:write",
    query: ZUploadDatasetQuery,
    docs: {
      summary: "Upload a dataset",
      description:
        "Send the file itself as the request body (`curl --data-binary @numbers.jsonl`); name and format go in the query. Its rows are read and loaded while it arrives, in short transactions into a table no one sees until the dataset is stored in one last transaction (no transaction waits on the client; a client idle for PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS is cut off), so a malformed row (unless `onInvalid=skip`), a body over the size limit or a dropped connection leaves nothing behind. Uploads are limited to PEDIGREE_MAX_UPLOAD_BYTES (2 GiB by default).\n\nA dataset's identity is the SHA-256 of its canonical JSON Lines form, so uploading identical content again is idempotent: it answers 200 with the dataset already stored (`created: false`) rather than 201. With `filteredFromId`, the dataset is recorded as a filtered subset of that raw dataset and the response gives the filter's `passRate` and `rejectedCount`. The claim is checked (by Postgres, in the upload's transaction): every record (prompt, completion and metadata) must be in the raw dataset, each at most as often as there, or the upload is refused and nothing is stored; with `generationId`, it becomes that generation's output.",
      tags: ["Datasets"],
      rawBody: {
        contentTypes: ["application/x-ndjson", "text/csv"],
        description:
          "JSON Lines (`format=jsonl`): one object a line, as `{prompt, completion}`, `{question, response}` or chat `{messages: [...]}` whose last message is the assistant's; other fields are kept as metadata. CSV (`format=csv`): a header row with prompt,completion or question,response; other columns become metadata. The Content-Type header is not read; `format` decides.",
      },
      responses: {
        ...createdResponse(
          ZUploadResult,
          "The stored dataset: `id`, `sha256`, `rawSha256`, `recordCount`, `byteSize`, `skipped` and `skippedLines` (with `onInvalid=skip`), `filteredFromId`, `rejectedCount`, `passRate`, `generationId`, `created: true`.",
          "/api/v1/datasets/{id}",
        ),
        ...okResponse(ZUploadResult, "Identical content was already stored: that dataset, with `created: false`."),
      },
      problems: {
        400: "A query parameter is invalid, there is no body, or the upload was interrupted before it was complete (nothing was stored).",
        408: "The client sent nothing for PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS (30 s by default); nothing was stored.",
        413: "The body is larger than PEDIGREE_MAX_UPLOAD_BYTES (checked against Content-Length first, then while streaming).",
        422: "The file is not valid UTF-8 (`errors` names the `line N` and the message the byte offset of the first invalid byte), malformed rows with `onInvalid=fail` (each listed in `errors` as `line N`, up to 100), a file with no valid record, an unknown `generationId` / `filteredFromId`, a generation that already has its dataset, or, with `filteredFromId`, a record not in that raw dataset (or repeated more often than there): `errors` names its `line N`, and `line` and `excerpt` give the first one.",
      },
    },
  },
  async ({ actor, query, request }) => {
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > env.PEDIGREE_MAX_UPLOAD_BYTES) {
      throw new ApiProblem(
        413,
        `Uploads are limited to ${env.PEDIGREE_MAX_UPLOAD_BYTES} bytes (PEDIGREE_MAX_UPLOAD_BYTES).`,
      );
    }
    const result = await uploadDataset(actor, query, request.body);
    return result.created ? created(result, `/api/v1/datasets/${result.id}`) : Response.json(result);
  },
);
