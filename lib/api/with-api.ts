import { applySecurityHeaders } from "@/lib/security/apply-security-headers";
import { newNonce } from "@/lib/security/content-security-policy";
import "server-only";
import type { z, ZodType } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { authenticateRequest, hasSessionCookie } from "@/lib/auth/authenticate-request";
import type { Scope } from "@/lib/auth/roles";
import "@/lib/validation/zod-messages";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors/domain-errors";
import { lineageCycleError } from "@/lib/lineage/lineage-cycle-error";
import { crossSiteReason, isJsonContentType, isUnsafeMethod } from "@/lib/security/same-origin";
import { mapDatabaseError } from "./map-database-error";
import { problemOfDomainError } from "./problem-of-domain-error";
import { nulCharacterFields } from "@/lib/validation/nul-character-fields";
import type { ApiDocs } from "./openapi/api-docs.types";
import { ApiProblem, fieldProblem, problemResponse, type FieldError } from "./problem";

export const MAX_JSON_BODY_BYTES = 1024 * 1024;
// Where withApi leaves a handler's options for the OpenAPI generator. A registered symbol, so that a
// second copy of this module in another bundle still finds them.
const API_OPTIONS = Symbol.for("pedigree.api-options");

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Infer<S> = S extends ZodType ? z.infer<S> : undefined;

export interface ApiOptions<
  P = ZodType | undefined,
  Q = ZodType | undefined,
  B = ZodType | undefined,
  S extends Scope | null = Scope | null,
> {
  /** The scope the caller needs; `null` for a public endpoint. */
  scope: S;
  params?: P;
  query?: Q;
  body?: B;
  /** What the OpenAPI document says about the route, beyond its schemas. Required: no route goes undocumented. */
  docs: ApiDocs;
}

/** The caller: always authenticated when the route needs a scope; a public route may not rely on one. */
type ActorFor<S extends Scope | null> = [S] extends [Scope] ? Actor : Actor | null;

export interface ApiContext<P, Q, B, S extends Scope | null = Scope> {
  request: Request;
  actor: ActorFor<S>;
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
}

type Issue = { code: string; path: PropertyKey[]; message: string; errors?: Issue[][] };

/** Zod issues as field errors. For a union, the alternative that came closest explains what is wrong. */
function flattenIssues(issues: Issue[], prefix: PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
      return flattenIssues(closest, path);
    }
    return [{ ...issue, path }];
  });
}

function issuesToFields(error: z.ZodError, location: string): FieldError[] {
  return flattenIssues(error.issues as Issue[]).map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join(".") : location,
    location,
    message: issue.message,
  }));
}

function parseOrThrow<S extends ZodType>(schema: S, value: unknown, location: string, status: 400 | 422): z.infer<S> {
  const nul = nulCharacterFields(value, location);
  if (nul.length > 0) throw fieldProblem(400, nul);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fieldProblem(status, issuesToFields(parsed.error, location));
  return parsed.data;
}

async function readJsonBody(request: Request): Promise<unknown> {
  // A JSON content type is what a page of another site cannot send without asking first (CORS).
  if (!isJsonContentType(request.headers.get("content-type"))) {
    throw new ApiProblem(415, "Send the body as JSON, with 'Content-Type: application/json'.");
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BODY_BYTES)
    throw new ApiProblem(413, `JSON bodies are limited to ${MAX_JSON_BODY_BYTES} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES)
    throw new ApiProblem(413, `JSON bodies are limited to ${MAX_JSON_BODY_BYTES} bytes.`);
  if (text.trim() === "")
    throw fieldProblem(400, [{ field: "body", location: "body", message: "a JSON body is required" }]);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw fieldProblem(400, [
      { field: "body", location: "body", message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
}

function queryObject(request: Request): Record<string, string | string[]> {
  const query = new Map<string, string | string[]>();
  for (const [key, value] of new URL(request.url).searchParams) {
    const existing = query.get(key);
    query.set(key, existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]);
  }
  return Object.fromEntries(query);
}

// Database errors a feature knows how to name, each turned into a domain error by the feature itself.
const DATABASE_ERROR_TRANSLATORS: Array<(error: unknown) => Promise<DomainError | undefined>> = [lineageCycleError];

async function toErrorResponse(error: unknown): Promise<Response> {
  if (error instanceof ApiProblem) return problemResponse(error);
  if (error instanceof DomainError) return problemResponse(problemOfDomainError(error));
  for (const translate of DATABASE_ERROR_TRANSLATORS) {
    const translated = await translate(error);
    if (translated) return problemResponse(problemOfDomainError(translated));
  }
  const mapped = mapDatabaseError(error);
  if (mapped) return problemResponse(mapped);
  console.error("[pedigree] unhandled API error", error);
  return problemResponse(new ApiProblem(500, "Something went wrong on the server. The error has been logged."));
}

/**
 * The one wrapper every API route handler goes through: authentication, the scope check, zod
 * parsing of path parameters, query and body, and errors as application/problem+json. A handler
 * returns data (sent as JSON 200) or a Response of its own.
 */
export function withApi<
  P extends ZodType | undefined = undefined,
  Q extends ZodType | undefined = undefined,
  B extends ZodType | undefined = undefined,
  S extends Scope | null = Scope | null,
>(options: ApiOptions<P, Q, B, S>, handler: (context: ApiContext<P, Q, B, S>) => Promise<unknown>) {
  const { deprecatedFor } = options.docs;
  const route = async (request: Request, routeContext?: RouteContext): Promise<Response> => {
    // The proxy sets these too, but does not see requests with large bodies (proxy.ts).
    const response = applySecurityHeaders(await answer(request, routeContext), request, newNonce());
    if (deprecatedFor) {
      response.headers.set("deprecation", "true");
      response.headers.set("link", `<${deprecatedFor}>; rel="successor-version"`);
    }
    return response;
  };
  const answer = async (request: Request, routeContext?: RouteContext): Promise<Response> => {
    try {
      let actor: Actor | null = null;
      if (options.scope !== null) {
        actor = await authenticateRequest(request);
        if (!actor) {
          // A browser whose session ended (sign-out, a password or role change, deactivation) is told so.
          const detail =
            hasSessionCookie(request) && !request.headers.has("authorization")
              ? "Your session has ended: you signed out, or your password, role or account changed. Sign in again."
              : "Sign in, or send a valid API token as 'Authorization: Bearer <token>'.";
          return problemResponse(new ApiProblem(401, detail), {
            "www-authenticate": 'Bearer realm="pedigree"',
          });
        }
        // The browser sends the session cookie with another site's requests too: a write signed in by
        // cookie must come from this app's own pages. API tokens are never sent implicitly.
        if (actor.tokenId === null && isUnsafeMethod(request.method)) {
          const reason = crossSiteReason(request, env.NEXTAUTH_URL);
          if (reason) throw new ApiProblem(403, reason);
        }
        if (!actor.scopes.includes(options.scope)) {
          throw new ApiProblem(
            403,
            `This needs the '${options.scope}' scope, which the ${actor.role} role does not have.`,
          );
        }
      }
      const params = options.params ? parseOrThrow(options.params, await routeContext?.params, "path", 400) : undefined;
      const query = options.query ? parseOrThrow(options.query, queryObject(request), "query", 400) : undefined;
      const body = options.body ? parseOrThrow(options.body, await readJsonBody(request), "body", 422) : undefined;
      // With a scope, `actor` was authenticated above (or the request refused); without one it is null.
      const result = await handler({ request, actor, params, query, body } as ApiContext<P, Q, B, S>);
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
  Object.defineProperty(route, API_OPTIONS, { value: options });
  return route;
}

/** The options a handler was wrapped with, for the OpenAPI generator; undefined when it was not wrapped by withApi. */
export function apiOptionsOf(handler: unknown): ApiOptions | undefined {
  return typeof handler === "function"
    ? ((handler as unknown as Record<symbol, ApiOptions | undefined>)[API_OPTIONS] ?? undefined)
    : undefined;
}

export function created(data: unknown, location?: string): Response {
  return Response.json(data, { status: 201, headers: location ? { location } : undefined });
}
