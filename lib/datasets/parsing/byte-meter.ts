import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

export class PayloadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the upload is larger than the limit of ${limit} bytes`);
  }
}

/** Passes bytes through while counting them, hashing them (SHA-256) and enforcing a size limit. */
export class ByteMeter extends Transform {
  private readonly hash = createHash("sha256");
  bytes = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      callback(new PayloadTooLargeError(this.limit));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  digest(): string {
    return this.hash.digest("hex");
  }
}

/** The client stopped sending (disconnected, or its stream failed) before the upload was complete. */
export class UploadInterruptedError extends Error {
  constructor(cause: unknown) {
    super("the upload was interrupted before it was complete", { cause });
  }
}
