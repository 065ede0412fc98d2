import "server-only";
import type { Tx } from "./connect";
import type { SqlExecutor } from "./sql-executor";

/**
 * A Prisma transaction seen as a raw executor's `query`, so that one piece of SQL ($1... parameters)
 * serves code that runs in a Prisma transaction (demo seeding) and code that runs on a raw one (upload).
 */
export function prismaQuery(tx: Pick<Tx, "$queryRawUnsafe">): Pick<SqlExecutor, "query"> {
  return { query: (sql, params = []) => tx.$queryRawUnsafe(sql, ...params) };
}
