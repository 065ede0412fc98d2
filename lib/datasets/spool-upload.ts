import "server-only";
import { mkdtemp, open, rm, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ByteMeter, PayloadTooLargeError, UploadInterruptedError } from "./parsing/byte-meter";
import { UploadIdleError } from "./parsing/upload-idle-error";
import { InvalidUtf8Error, Utf8Check } from "./parsing/utf8-check";

export interface SpooledUpload {
  /** The file, readable only by this process's user (0600, in a 0700 directory): the body as sent. */
  file: string;
  bytes: number;
  /** SHA-256 of the bytes as sent. */
  rawSha256: string;
  remove(): Promise<void>;
}

// Received bytes are written to the file in batches of about this size (one writev each).
const WRITE_BYTES = 1 << 20;

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
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Receives an upload into a temporary file before anything touches the database, so that a slow or
 * stalled client holds no connection and no transaction. While the bytes arrive they are counted
 * against the size limit, hashed and checked to be UTF-8; a client that sends nothing for
 * `idleTimeoutMs` is cut off. The body is read chunk by chunk from its reader (no stream adapters),
 * and written in batches: the next chunk is read only once the last batch is written.
 */
export async function spoolUpload(
  body: ReadableStream<Uint8Array>,
  limits: { maxBytes: number; idleTimeoutMs: number },
): Promise<SpooledUpload> {
  const dir = await mkdtemp(path.join(tmpdir(), "pedigree-upload-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  const file = path.join(dir, "body");
  const meter = new ByteMeter(limits.maxBytes);
  const utf8 = new Utf8Check();
  const reader = body.getReader();
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, "wx", 0o600);
    let batch: Uint8Array[] = [];
    let batchBytes = 0;
    for (;;) {
      const { done, value } = await readWithin(reader, limits.idleTimeoutMs);
      if (done) break;
      meter.update(value);
      utf8.update(value);
      batch.push(value);
      batchBytes += value.length;
      if (batchBytes < WRITE_BYTES) continue;
      await handle.writev(batch);
      batch = [];
      batchBytes = 0;
    }
    utf8.end();
    if (batch.length > 0) await handle.writev(batch);
    await handle.close();
  } catch (error) {
    reader.cancel(error).catch(() => undefined);
    await handle?.close().catch(() => undefined);
    await remove();
    if (error instanceof PayloadTooLargeError || error instanceof UploadIdleError || error instanceof InvalidUtf8Error)
      throw error;
    throw new UploadInterruptedError(error);
  }
  return { file, bytes: meter.bytes, rawSha256: meter.digest(), remove };
}
