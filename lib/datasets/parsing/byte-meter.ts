import { createHash } from "node:crypto";

export class PayloadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the upload is larger than the limit of ${limit} bytes`);
  }
}

/** Counts the bytes of a body as they arrive, hashing them (SHA-256) and enforcing a size limit. */
export class ByteMeter {
  private readonly hash = createHash("sha256");
  bytes = 0;

  constructor(private readonly limit: number) {}

  /** Throws PayloadTooLargeError once the body passes the limit. */
  update(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) throw new PayloadTooLargeError(this.limit);
    this.hash.update(chunk);
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
