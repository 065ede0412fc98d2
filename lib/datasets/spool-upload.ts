import "server-only";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
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

/**
 * Receives an upload into a temporary file before anything touches the database, so that a slow or
 * stalled client holds no connection and no transaction. While the bytes arrive they are counted
 * against the size limit, hashed and checked to be UTF-8; a client that sends nothing for
 * `idleTimeoutMs` is cut off.
 */
export async function spoolUpload(
  body: ReadableStream<Uint8Array>,
  limits: { maxBytes: number; idleTimeoutMs: number },
): Promise<SpooledUpload> {
  const dir = await mkdtemp(path.join(tmpdir(), "pedigree-upload-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  const file = path.join(dir, "body");
  const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  const meter = new ByteMeter(limits.maxBytes);
  let idle: NodeJS.Timeout | undefined;
  const watch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => source.destroy(new UploadIdleError(limits.idleTimeoutMs)), limits.idleTimeoutMs);
  };
  source.on("data", watch);
  watch();
  try {
    await pipeline(source, meter, utf8Guard(), createWriteStream(file, { mode: 0o600, flags: "wx" }));
  } catch (error) {
    await remove();
    if (error instanceof PayloadTooLargeError || error instanceof UploadIdleError || error instanceof InvalidUtf8Error)
      throw error;
    throw new UploadInterruptedError(error);
  } finally {
    clearTimeout(idle);
  }
  return { file, bytes: meter.bytes, rawSha256: meter.digest(), remove };
}

function utf8Guard(): Transform {
  const check = new Utf8Check();
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      try {
        check.update(chunk);
        callback(null, chunk);
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        check.end();
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
