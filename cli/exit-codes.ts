// The exit codes every command uses; scripts and CI jobs branch on them.
export const EXIT = {
  ok: 0,
  /** The server answered with a problem (4xx/5xx), or the command failed otherwise. */
  problem: 1,
  /** Wrong arguments or options, or an input file that cannot be read as what it should be. */
  usage: 2,
  /** The server could not be reached. */
  connection: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `Exit codes:
  0  success
  1  the server refused the request (its problem title, detail and field errors are printed)
  2  usage error: unknown command or option, missing argument, unreadable input file
  3  connection error: the server could not be reached`;
