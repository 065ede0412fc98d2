import { ApiProblem, fieldProblem } from "@/lib/api/problem";

/** Reads a raw request body up to `limit` bytes, refusing more (declared or streamed) with 413 and none with 400. */
export async function readLimitedBody(request: Request, limit: number): Promise<Buffer> {
  const tooLarge = () => new ApiProblem(413, `The file is limited to ${limit} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!request.body) throw fieldProblem(400, [{ field: "body", location: "body", message: "send the report file as the request body" }]);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (size === 0) throw fieldProblem(400, [{ field: "body", location: "body", message: "send the report file as the request body" }]);
  return Buffer.concat(chunks);
}
