import "server-only";
// The little a migration runner needs from a database connection, so that one runner serves the
// embedded database (PGlite) and a PostgreSQL server (node-postgres) alike.
export interface SqlExecutor {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one statement with $1... parameters and returns its rows. */
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** An executor inside a transaction, which can also bulk-load a table. */
export interface TxExecutor extends SqlExecutor {
  /**
   * Runs `COPY <table> (<columns>) FROM STDIN` (text format) with the data that `chunks` yields; the
   * next chunk is asked for only when the database has taken the previous one.
   */
  copyFrom(
    table: string,
    columns: string[],
    chunks: AsyncIterable<string | Buffer> | Iterable<string | Buffer>,
  ): Promise<void>;
}
