import { z } from "zod";

// Plain-English messages for the errors every schema shares, so that a missing field reads
// "is required" rather than "Invalid input: expected string, received undefined".
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
    if (issue.code === "invalid_type")
      return `must be ${issue.expected === "int" ? "an integer" : `a ${issue.expected}`}`;
    if (issue.code === "unrecognized_keys")
      return `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
    return undefined;
  },
});
