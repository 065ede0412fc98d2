import { NextResponse, type NextRequest } from "next/server";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/return-path";
import { env } from "@/lib/env";
import { applySecurityHeaders } from "@/lib/security/apply-security-headers";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

// Runs before every page and API route, for what a route cannot do itself: the security headers on
// every response, a fresh script nonce for pages (Next.js reads it from the request's
// Content-Security-Policy header and puts it on its own scripts; the root layout hands it to the theme
// script), the path asked for (see lib/auth/return-path.ts), and a problem+json 405 for a method an API route does not export. Authorization stays in
// every handler (withApi), never here.

export function proxy(request: NextRequest): Response {
  const nonce = newNonce();
  const refused = methodNotAllowed(request.method, request.nextUrl.pathname);
  if (refused) return applySecurityHeaders(refused, request, nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Which page was asked for, so that a signed-out visitor is brought back to it after signing in.
  requestHeaders.set(REQUESTED_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set(
    "content-security-policy",
    contentSecurityPolicy({ nonce, development: env.NODE_ENV === "development" }),
  );
  return applySecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, nonce);
}

export const config = {
  matcher: [
    {
      // Static build assets are immutable files served with their own headers; everything else passes here,
      source: "/((?!_next/static|_next/image).*)",
      // except requests with a body of a megabyte or more, or of unannounced length (chunked): for a
      // proxy, Next.js copies the whole body into memory (twice) before the route reads it, so a 2 GB
      // dataset upload would hold 4 GB. Those reach the route directly; withApi sets the same headers.
      // (Pages take no such bodies: JSON bodies are limited to 1 MiB. A wrong method with such a body
      // gets Next.js's bare 405 rather than problem+json.)
      missing: [
        { type: "header", key: "content-length", value: "[0-9]{7,}" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
} satisfies { matcher: unknown[] };
