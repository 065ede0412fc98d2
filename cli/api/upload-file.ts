import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import type { ApiResponse, PedigreeClient, QueryValue } from "../client";

export interface UploadFileOptions {
  query: Record<string, QueryValue>;
  contentType: string;
  headers?: Record<string, string>;
  /** Called as bytes leave for the server (read from disk into the request body). */
  onProgress?: (sent: number, total: number) => void;
}

/** POSTs a file as the raw request body, streamed from disk: memory stays flat whatever its size. */
export async function uploadFile<T>(
  client: PedigreeClient,
  apiPath: string,
  filePath: string,
  options: UploadFileOptions,
): Promise<ApiResponse<T>> {
  const { size } = await stat(filePath);
  let sent = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sent += chunk.length;
      options.onProgress?.(sent, size);
      done(null, chunk);
    },
  });
  const source = createReadStream(filePath).pipe(meter);
  const body = Readable.toWeb(source) as ReadableStream<Uint8Array>;
  return client.request<T>("POST", apiPath, {
    query: options.query,
    body,
    headers: { "content-type": options.contentType, ...options.headers },
  });
}
