import { fieldProblem } from "@/lib/api/problem";
import { readLimitedBody } from "@/lib/api/read-limited-body";

/** Evaluation logs are single JSON documents; this reads one up to `limit` bytes and parses it. */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const bytes = await readLimitedBody(request, limit, "Evaluation files");
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw fieldProblem(400, [{ field: "body", location: "body", message: `not valid JSON (${(error as Error).message})` }]);
  }
}
