import { MalformedError } from "@/lib/errors/domain-errors";

/** The 400 for a request that should carry a file as its body and has none. */
export function missingBody(file = "file"): MalformedError {
  return MalformedError.fields([{ field: "body", location: "body", message: `send the ${file} as the request body` }]);
}
