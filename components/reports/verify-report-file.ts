// Sends a report file, as its raw bytes, to the public verification endpoint.
import type { VerifyAnswer } from "@/lib/reports/verify-uploaded-report";
import { problemFromResponse, unreachable } from "../entities/read-problem";

export async function verifyReportFile(file: File, signal?: AbortSignal): Promise<VerifyAnswer> {
  let response: Response;
  try {
    response = await fetch("/api/v1/reports/verify", {
      method: "POST",
      credentials: "same-origin",
      signal,
      headers: { accept: "application/json", "content-type": "application/octet-stream" },
      body: file,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw unreachable();
  }
  if (!response.ok) throw await problemFromResponse(response);
  return (await response.json()) as VerifyAnswer;
}
