import type { NextRequest } from "next/server";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// Runs before the API routes. Only what Next.js cannot do in a route: a problem+json 405 for a method
// the route does not export. Authorization stays in every handler (withApi), never here.
export function proxy(request: NextRequest): Response | undefined {
  return methodNotAllowed(request.method, request.nextUrl.pathname) ?? undefined;
}

export const config = { matcher: ["/api/:path*"] };
