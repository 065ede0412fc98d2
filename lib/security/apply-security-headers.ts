import { env } from "@/lib/env";
import { contentSecurityPolicy } from "./content-security-policy";
import { securityHeaders } from "./security-headers";

// Sets the Content-Security-Policy and the other security headers on a response. proxy.ts does so for
// every response it sees; withApi does so for every API response too, because the proxy does not see
// requests with large or chunked bodies (see proxy.ts). The proxy runs on the Node.js runtime (Next.js 16), so
// it reads the environment through lib/env.ts like everything else.

function servedOverHttps(request: Request): boolean {
  return (
    new URL(request.url).protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https"
  );
}

export function applySecurityHeaders(response: Response, request: Request, nonce: string): Response {
  response.headers.set(
    "Content-Security-Policy",
    contentSecurityPolicy({ nonce, development: env.NODE_ENV === "development" }),
  );
  for (const [name, value] of Object.entries(securityHeaders({ https: servedOverHttps(request) })))
    response.headers.set(name, value);
  return response;
}
