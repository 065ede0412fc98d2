import "server-only";
/**
 * A reason this process must not serve at all (the embedded data directory is held by another process, or
 * readable by others). instrumentation.ts prints its message and exits non-zero instead of serving 500s.
 * Recognised by name, not instanceof, since the server may bundle this module more than once.
 */
export class StartupRefusal extends Error {
  override readonly name = "StartupRefusal";
}

export function isStartupRefusal(error: unknown): error is StartupRefusal {
  return error instanceof Error && error.name === "StartupRefusal";
}
