import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** The columns of one kind that a search text is matched against, as SQL expressions. */
export interface MatchFields {
  /** Names and other words: matched whole, as a beginning or anywhere inside, ignoring case. */
  names: Prisma.Sql[];
  /** Ids: matched whole only, as typed. */
  ids: Prisma.Sql[];
  /** Lower-case hexadecimal digests: matched whole or as a beginning, by a text of 6 hex digits or more. */
  digests?: Prisma.Sql[];
}

export interface MatchConditions {
  /** 0 for a whole match, 1 for a beginning, 2 for a match inside: SEARCH_MATCHES[rank]. */
  rank: Prisma.Sql;
  /** True for a row that matches at all. */
  where: Prisma.Sql;
}

/** `text` as an ILIKE pattern that matches it literally: its wildcards and the escape character escaped. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const anyOf = (conditions: Prisma.Sql[]) =>
  conditions.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${Prisma.join(conditions, " OR ")})`;

/**
 * The rank and filter of a search for `q` over `fields`, both as SQL with `q` bound as parameters. The
 * filter is only what an index can serve: ids by equality, names by ILIKE '%q%' (a trigram index, for a
 * text of 3 characters or more; a whole name is inside it too) and digests by a range of their btree
 * index; the rank, computed for the matching rows alone, tells whole from beginning from inside.
 */
export function matchConditions(q: string, fields: MatchFields): MatchConditions {
  const lower = q.toLowerCase();
  const prefix = `${literal(q)}%`;
  const contains = `%${literal(q)}%`;
  const digests = /^[0-9a-f]{6,64}$/i.test(q) ? (fields.digests ?? []) : [];

  const ids = fields.ids.map((id) => Prisma.sql`${id} = ${q}`);
  const whole = [
    ...ids,
    ...fields.names.map((name) => Prisma.sql`lower(${name}) = ${lower}`),
    ...digests.map((digest) => Prisma.sql`${digest} = ${lower}`),
  ];
  const beginning = [
    ...fields.names.map((name) => Prisma.sql`${name} ILIKE ${prefix}`),
    ...digests.map((digest) => Prisma.sql`${digest} LIKE ${`${lower}%`}`),
  ];
  // Every digest that begins with the hex digits sorts between them and them followed by "g".
  const digestRanges = digests.map(
    (digest) => Prisma.sql`(${digest} >= ${lower} AND ${digest} < ${`${lower}g`} AND ${digest} LIKE ${`${lower}%`})`,
  );
  const inside = fields.names.map((name) => Prisma.sql`${name} ILIKE ${contains}`);

  return {
    rank: Prisma.sql`CASE WHEN ${anyOf(whole)} THEN 0 WHEN ${anyOf(beginning)} THEN 1 ELSE 2 END`,
    where: anyOf([...ids, ...digestRanges, ...inside]),
  };
}
