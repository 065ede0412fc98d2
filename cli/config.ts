import { UsageError } from "./errors";

// Where the server is and who the CLI is: flags first, then PEDIGREE_URL / PEDIGREE_TOKEN.
export const DEFAULT_URL = "http://localhost:3000";

export interface GlobalOptions {
  url?: string;
  token?: string;
  json?: boolean;
}

export interface Connection {
  baseUrl: string;
  token?: string;
}

export function resolveConnection(options: GlobalOptions, env: Record<string, string | undefined>): Connection {
  const raw = options.url || env.PEDIGREE_URL || DEFAULT_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`'${raw}' is not a URL: give the server as --url or PEDIGREE_URL, e.g. ${DEFAULT_URL}.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new UsageError(`The server URL must start with http:// or https:// (got '${raw}').`);
  const token = options.token || env.PEDIGREE_TOKEN || undefined;
  return { baseUrl: url.origin + url.pathname.replace(/\/+$/, ""), token };
}
