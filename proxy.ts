import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";
import { securityHeaders } from "@/lib/security/security-headers";

// Every response, page or API, leaves with the security headers. Pages get a fresh script nonce:
// Next.js reads it from the request's Content-Security-Policy header and puts it on its own scripts,
// and the root layout hands it to the theme script.

function servedOverHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https";
}

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ https: servedOverHttps(request) }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build assets are immutable files served with their own headers; everything else passes here.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
