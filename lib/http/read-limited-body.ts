import { TooLargeError } from "@/lib/errors/domain-errors";
import { missingBody } from "@/lib/http/missing-body";

/**
 * The chunks of a raw request body as they arrive, up to `limit` bytes. More, declared or sent, is refused
 * with 413 as soon as it shows; no body with 400. Stopping early (an error, a break) cancels the body.
 */
export async function* limitedBodyChunks(request: Request, limit: number, what: string): AsyncGenerator<Uint8Array> {
  const tooLarge = () => new TooLargeError(`${what} are limited to ${limit} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!request.body) throw missingBody();
  let size = 0;
  let finished = false;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw tooLarge();
      yield value;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel();
  }
  if (size === 0) throw missingBody();
}

/**
 * Reads a raw request body whole, up to `limit` bytes: for files that must be had in one piece (a report
 * to verify). See limitedBodyChunks for what is refused.
 */
export async function readLimitedBody(request: Request, limit: number, what: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of limitedBodyChunks(request, limit, what)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
