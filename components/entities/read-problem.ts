// A failed report request as a ProblemError, like lib/http/problem-client does for JSON calls. Report downloads
// and verification send and receive files, so they use fetch directly and this for their errors.
import { ProblemError, type ProblemDocument } from "@/lib/http/problem-client";

export async function problemFromResponse(response: Response): Promise<ProblemError> {
  const body = (await response.json().catch(() => null)) as Partial<ProblemDocument> | null;
  return new ProblemError({
    status: response.status,
    title: body?.title ?? `Request failed (HTTP ${response.status})`,
    detail: body?.detail,
    errors: Array.isArray(body?.errors) ? body.errors : undefined,
  });
}

export const unreachable = () =>
  new ProblemError({ status: 0, title: "Could not reach the server", detail: "Could not reach the server. Check your connection and try again." });
