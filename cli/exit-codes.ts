// The exit codes every command uses; scripts and CI jobs branch on them.
export const EXIT = {
  ok: 0,
  /** The server answered with a problem (4xx/5xx), or the command failed otherwise. */
  problem: 1,
  /** Wrong arguments or options, or an input file that cannot be read as what it should be. */
  usage: 2,
  /** The server could not be reached. */
  connection: 3,
  /** The command ran and what it checked failed (a report that is not intact or not signed here); its result is printed. */
  failedCheck: 4,
  /** verify: the signature is valid and by the server's key, but the server has no record of the report (issued elsewhere). */
  unknownReport: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `Exit codes:
  0  success
  1  the server refused the request (its problem title, detail and field errors are printed)
  2  usage error: unknown command or option, missing argument, unreadable input file
  3  connection error: the server could not be reached
  4  verify: the report is not intact, or was not signed by this server
  5  verify: intact and signed by this server's key, but this server has no record of issuing it (issued elsewhere)`;
