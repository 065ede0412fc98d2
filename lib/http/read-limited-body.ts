import { TooLargeError } from "@/lib/errors/domain-errors";
import { missingBody } from "@/lib/http/missing-body";

/**
 * Reads a raw request body whole, up to `limit` bytes: for files that must be had in one piece (a report to
 * verify, an evaluation log that is one JSON document). More, declared or streamed, is refused with 413 as
 * soon as it shows; no body with 400.
 */
export async function readLimitedBody(request: Request, limit: number, what: string): Promise<Buffer> {
  const tooLarge = () => new TooLargeError(`${what} are limited to ${limit} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!request.body) throw missingBody();
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
  if (size === 0) throw missingBody();
  return Buffer.concat(chunks);
}
