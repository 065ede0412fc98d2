import { NextResponse, type NextRequest } from "next/server";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";
import { securityHeaders } from "@/lib/security/security-headers";

// Runs before every page and API route, for what a route cannot do itself: the security headers on
// every response, a fresh script nonce for pages (Next.js reads it from the request's
// Content-Security-Policy header and puts it on its own scripts; the root layout hands it to the theme
// script), and a problem+json 405 for a method an API route does not export. Authorization stays in
// every handler (withApi), never here.

function servedOverHttps(request: NextRequest): boolean {
  return (
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https"
  );
}

function withSecurityHeaders(response: Response, request: NextRequest, policy: string): Response {
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ https: servedOverHttps(request) })))
    response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest): Response {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development" });
  const refused = methodNotAllowed(request.method, request.nextUrl.pathname);
  if (refused) return withSecurityHeaders(refused, request, policy);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), request, policy);
}

export const config = {
  // Static build assets are immutable files served with their own headers; everything else passes here.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
