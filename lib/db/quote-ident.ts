/** An SQL identifier, quoted as PostgreSQL's quote_ident would (for names made here, not user input). */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
