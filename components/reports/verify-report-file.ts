// Sends a report file, as its raw bytes, to the public verification endpoint.
import { requestJson } from "@/lib/http/problem-client";
import type { VerifyAnswer } from "@/lib/reports/verify-uploaded-report";

export function verifyReportFile(file: File, signal?: AbortSignal): Promise<VerifyAnswer> {
  return requestJson<VerifyAnswer>("/api/v1/reports/verify", {
    method: "POST",
    credentials: "same-origin",
    signal,
    headers: { "content-type": "application/octet-stream" },
    body: file,
  });
}
