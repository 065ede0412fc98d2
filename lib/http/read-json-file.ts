import { MalformedError } from "@/lib/errors/domain-errors";
import { readLimitedBody } from "./read-limited-body";

/** A file that is one JSON document (an evaluation log), read whole up to `limit` bytes and parsed. `what` names it in a 413. */
export async function readJsonFile(request: Request, limit: number, what: string): Promise<unknown> {
  const bytes = await readLimitedBody(request, limit, what);
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw MalformedError.fields([
      { field: "body", location: "body", message: `not valid JSON (${(error as Error).message})` },
    ]);
  }
}
