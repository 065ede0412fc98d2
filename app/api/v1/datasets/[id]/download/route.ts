import { withApi } from "@/lib/api/with-api";
import { fileResponse, notFoundProblem } from "@/lib/api/openapi/response-docs";
import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { streamDatasetDownload } from "@/lib/datasets/stream-dataset-download";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZDatasetIdParams,
    docs: {
      summary: "Download a dataset as canonical JSON Lines",
      description:
        "Streams the records in upload order, one canonical JSON object a line (`prompt`, `completion`, and `metadata` when present). These exact bytes hash to the dataset's `sha256`, whatever format was uploaded, so a client can check what it received.",
      tags: ["Datasets"],
      responses: fileResponse("application/x-ndjson", "The records as JSON Lines, streamed.", {
        "Content-Disposition": 'attachment; filename="<dataset name>.jsonl"',
        "Repr-Digest": "RFC 9530 digest of the whole body: sha-256=:<base64>:",
        "X-Pedigree-Sha256": "The dataset's SHA-256 in hexadecimal",
      }),
      problems: notFoundProblem("dataset"),
    },
  },
  async ({ params }) => {
    const { name, sha256, stream } = await streamDatasetDownload(params.id);
    const filename = `${name.replace(/[^\w.-]+/g, "_").slice(0, 100) || "dataset"}.jsonl`;
    return new Response(stream, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        // RFC 9530: the digest of the whole representation, so a client can check what it received.
        "repr-digest": `sha-256=:${Buffer.from(sha256, "hex").toString("base64")}:`,
        "x-pedigree-sha256": sha256,
      },
    });
  },
);
