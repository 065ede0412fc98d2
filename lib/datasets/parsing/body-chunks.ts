import { UploadInterruptedError, type ByteMeter } from "./byte-meter";
import { UploadIdleError } from "./upload-idle-error";
import { Utf8Check } from "./utf8-check";

/** The next chunk of the body, or an UploadIdleError if none comes within `timeoutMs`. */
async function readWithin(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  timeoutMs: number,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UploadIdleError(timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([reader.read(), idle]);
  } catch (error) {
    throw error instanceof UploadIdleError ? error : new UploadInterruptedError(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An upload's body, chunk by chunk as it arrives (read from its reader: no stream adapters), each
 * chunk counted against the size limit and hashed by `meter`, and checked to be UTF-8 (a character
 * may be cut between chunks). Throws PayloadTooLargeError, InvalidUtf8Error, UploadIdleError (the
 * client sent nothing for `idleTimeoutMs`) or UploadInterruptedError (it disconnected). Stopping early
 * cancels the body.
 */
export async function* bodyChunks(
  body: ReadableStream<Uint8Array>,
  meter: ByteMeter,
  idleTimeoutMs: number,
): AsyncGenerator<Buffer> {
  const utf8 = new Utf8Check();
  const reader = body.getReader();
  let complete = false;
  try {
    for (;;) {
      const { done, value } = await readWithin(reader, idleTimeoutMs);
      if (done) break;
      meter.update(value);
      utf8.update(value);
      yield Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
    utf8.end();
    complete = true;
  } finally {
    if (!complete) reader.cancel().catch(() => undefined);
  }
}
