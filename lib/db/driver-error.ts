import "server-only";
// What the database driver said under a Prisma error: the SQLSTATE, the message and the detail, wherever
// the adapter put them.
export interface DriverErrorCause {
  originalCode?: string;
  originalMessage?: string;
  kind?: string;
  code?: string;
  detail?: string;
}

export function driverCause(error: unknown): DriverErrorCause | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: DriverErrorCause } } }).meta;
  return meta?.driverAdapterError?.cause ?? (error as { cause?: DriverErrorCause }).cause;
}

/** The SQLSTATE of a database error, if it has one. */
export function sqlState(error: unknown): string | undefined {
  const cause = driverCause(error);
  return cause?.originalCode ?? cause?.code;
}
