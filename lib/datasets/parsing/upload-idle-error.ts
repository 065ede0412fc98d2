/** The client sent nothing for longer than PEDIGREE_UPLOAD_IDLE_TIMEOUT_MS. */
export class UploadIdleError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the client sent nothing for ${timeoutMs} ms`);
  }
}
