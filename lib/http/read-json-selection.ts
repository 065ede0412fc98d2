import { JSONParser } from "@streamparser/json";
import { MalformedError } from "@/lib/errors/domain-errors";
import { limitedBodyChunks } from "./read-limited-body";

export interface JsonSelection {
  /** Top-level members to keep whole (small ones: an evaluation's settings and headline results). */
  members: readonly string[];
  /** Top-level arrays to keep item by item, each item reduced by its projection as soon as it is parsed. */
  arrays?: Readonly<Record<string, (item: unknown) => unknown>>;
}

/**
 * Reads a request body that is one JSON document as it arrives, up to `limit` bytes, and keeps only what
 * `select` names: an evaluation log of hundreds of megabytes (each sample with its whole conversation) is
 * held as the few fields an import reads, never whole, and parsing proceeds chunk by chunk, as fast as
 * the client sends and without blocking the server for the whole file. A body over the limit (declared
 * or sent) is a 413 as soon as it shows; no body a 400; JSON that is not well formed a 400 naming the
 * fault. (@streamparser/json: an incremental parser that emits values by JSONPath and, with keepStack
 * off, lets go of each one emitted.)
 */
export async function readJsonSelection(
  request: Request,
  limit: number,
  what: string,
  select: JsonSelection,
): Promise<Record<string, unknown>> {
  const arrays = select.arrays ?? {};
  const document: Record<string, unknown> = {};
  let fault = null as Error | null; // set by the parser's callbacks
  // Only the selected paths: a path that contains others (such as "$.*") would hold on to each of their
  // values until it completed. Members not selected are parsed and dropped as they complete.
  const parser = new JSONParser({
    paths: [...select.members.map((name) => `$.${name}`), ...Object.keys(arrays).map((name) => `$.${name}.*`)],
    keepStack: false,
  });
  parser.onValue = ({ value, key, stack }) => {
    const parent = stack.at(1)?.key;
    if (stack.length === 1 && typeof key === "string") {
      document[key] = value;
    } else if (stack.length === 2 && typeof parent === "string" && typeof key === "number") {
      // An item of a selected array (not a member of an object of that name, which is not what was asked for).
      const items = (document[parent] ??= []) as unknown[];
      items.push(arrays[parent](value));
    }
  };
  // The parser reports some faults through onError and throws others.
  const feed = (step: () => void) => {
    try {
      step();
    } catch (error) {
      fault ??= error instanceof Error ? error : new Error(String(error));
    }
  };
  for await (const chunk of limitedBodyChunks(request, limit, what)) if (!fault) feed(() => parser.write(chunk));
  if (!fault && !parser.isEnded) feed(() => parser.end());
  if (fault) {
    throw MalformedError.fields([{ field: "body", location: "body", message: `not valid JSON (${fault.message})` }]);
  }
  return document;
}
