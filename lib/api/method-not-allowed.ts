import { ApiProblem, problemResponse } from "./problem";
import { ROUTE_METHODS } from "./route-methods";

// Next.js answers a method a route does not export with a bare 405. The proxy asks this first, so that
// every API route answers it as problem+json with an Allow header.

// Narrower than their route file: next-auth's callback for the credentials provider takes only a POST
// (a GET of it made next-auth throw, a 500).
const NARROWED = [{ path: "/api/auth/callback/credentials", methods: ["POST"] }];

interface CompiledRoute {
  pattern: RegExp;
  methods: readonly string[];
  /** More static segments, and no catch-all, is more specific. */
  rank: number;
}

function compile(route: { path: string; methods: readonly string[] }): CompiledRoute {
  const segments = route.path.split("/").filter(Boolean);
  let rank = 0;
  const source = segments
    .map((segment) => {
      if (/^\[\.\.\.[^\]]+\]$/.test(segment)) return "(?:/[^/]+)+";
      if (/^\[[^\]]+\]$/.test(segment)) return "/[^/]+";
      rank += 2;
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    })
    .join("");
  return {
    pattern: new RegExp(`^${source}/?$`),
    methods: route.methods,
    rank: rank + (route.path.includes("[...") ? 0 : 1),
  };
}

const ROUTES = [...NARROWED, ...ROUTE_METHODS].map(compile).sort((a, b) => b.rank - a.rank);

/** The methods the route at this path takes, or null when no route serves it. */
function allowedMethods(pathname: string): readonly string[] | null {
  return ROUTES.find((route) => route.pattern.test(pathname))?.methods ?? null;
}

/** A problem+json 405 with Allow for a method the route does not take; null to let the request through. */
export function methodNotAllowed(method: string, pathname: string): Response | null {
  const methods = allowedMethods(pathname);
  if (!methods || methods.includes(method) || method === "OPTIONS" || (method === "HEAD" && methods.includes("GET")))
    return null;
  const allow = [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  return problemResponse(new ApiProblem(405, `${pathname} does not take ${method}; it takes ${methods.join(", ")}.`), {
    allow,
  });
}
