// The CLI's PedigreeClient wired to the route handlers themselves instead of a network: each Request
// goes to the handler that Next would route it to (ROUTE_MODULES), with the dynamic segments as Next
// passes them. So integration tests run the real importer against the real API and database, in process.
import { PedigreeClient } from "@/cli/client";
import { ROUTE_MODULES } from "@/app/api/openapi.json/route-modules.generated";
import type { RouteModule } from "@/lib/api/openapi/openapi.types";
import { ADMIN_TOKEN } from "./api";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

export const IN_PROCESS_URL = "http://pedigree.test";

interface CompiledRoute {
  route: RouteModule;
  pattern: RegExp;
  names: string[];
  /** Static segments count: "/models/[id]/declarations" beats a looser pattern. */
  staticSegments: number;
}

const ROUTES: CompiledRoute[] = ROUTE_MODULES.map((route) => {
  const names: string[] = [];
  const segments = route.path.split("/").filter(Boolean);
  const source = segments
    .map((segment) => {
      const dynamic = /^\[([^\]./]+)\]$/.exec(segment);
      if (!dynamic) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(dynamic[1]);
      return "([^/]+)";
    })
    .join("/");
  return { route, pattern: new RegExp(`^/${source}/?$`), names, staticSegments: segments.length - names.length };
}).sort((a, b) => b.staticSegments - a.staticSegments);

function problem(status: number, title: string): Response {
  return Response.json({ status, title }, { status, headers: { "content-type": "application/problem+json" } });
}

/** A fetch that answers from the route handlers. */
export const inProcessFetch: typeof fetch = async (input, init) => {
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  const path = new URL(request.url).pathname;
  for (const { route, pattern, names } of ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const handler = route.module[request.method] as Handler | undefined;
    if (typeof handler !== "function") return problem(405, `Method ${request.method} not allowed on ${route.path}`);
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    return handler(request, { params: Promise.resolve(params) });
  }
  return problem(404, `No route for ${path}`);
};

/** A client of the in-process API, with the tests' admin token. */
export function inProcessClient(token: string = ADMIN_TOKEN): PedigreeClient {
  return new PedigreeClient({ baseUrl: IN_PROCESS_URL, token, fetch: inProcessFetch });
}
