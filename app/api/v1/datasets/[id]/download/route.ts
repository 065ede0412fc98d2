import { withApi } from "@/lib/api/with-api";
import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { streamDatasetDownload } from "@/lib/datasets/stream-dataset-download";

export const GET = withApi({ scope: "catalog:read", params: ZDatasetIdParams }, async ({ params }) => {
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
});
