import { ApiProblem, fieldProblem } from "@/lib/api/problem";

/** Evaluation logs are single JSON documents; this reads one up to `limit` bytes and parses it. */
export async function readJsonBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<unknown> {
  if (!body) throw fieldProblem(400, [{ field: "body", location: "body", message: "send the file as the request body" }]);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) throw new ApiProblem(413, `Evaluation files are limited to ${limit} bytes.`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (error) {
    throw fieldProblem(400, [{ field: "body", location: "body", message: `not valid JSON (${(error as Error).message})` }]);
  }
}
