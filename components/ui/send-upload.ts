// Sends a file as the raw request body with XMLHttpRequest: fetch() reports no upload progress.

export interface UploadCallbacks {
  /** Bytes sent so far, of the total. */
  onProgress: (loaded: number, total: number) => void;
  /** Every byte is sent; the server is still parsing and storing. */
  onSent: () => void;
}

interface UploadResponse {
  /** 0 when the server could not be reached or the connection broke. */
  status: number;
  body: string;
}

export interface RunningUpload {
  response: Promise<UploadResponse>;
  /** Stops sending; the server stores nothing of an interrupted upload. */
  abort: () => void;
}

export class UploadAbortedError extends Error {
  constructor() {
    super("The upload was cancelled.");
    this.name = "UploadAbortedError";
  }
}

export function sendUpload(
  path: string,
  file: File,
  contentType: string,
  { onProgress, onSent }: UploadCallbacks,
): RunningUpload {
  const xhr = new XMLHttpRequest();
  const response = new Promise<UploadResponse>((resolve, reject) => {
    xhr.open("POST", path);
    xhr.setRequestHeader("accept", "application/json");
    xhr.setRequestHeader("content-type", contentType);
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.upload.onload = () => onSent();
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => resolve({ status: 0, body: "" });
    xhr.onabort = () => reject(new UploadAbortedError());
    xhr.send(file);
  });
  return { response, abort: () => xhr.abort() };
}
