// next-auth's route handler reads the request's headers and cookies through next/headers, which only
// Next.js's server provides. Here that module answers from the Request being handled (kept per call,
// so concurrent calls do not mix), and the real route handler is called as Next.js would call it.
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";

const current = new AsyncLocalStorage<Request>();

function requestNow(): Request {
  const request = current.getStore();
  if (!request) throw new Error("next/headers used outside a request");
  return request;
}

function requestHeaders(): Promise<Headers> {
  return Promise.resolve(requestNow().headers);
}

function requestCookies() {
  const pairs = (requestNow().headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf("=");
      return { name: part.slice(0, at), value: decodeURIComponent(part.slice(at + 1)) };
    });
  return Promise.resolve({ getAll: () => pairs, get: (name: string) => pairs.find((pair) => pair.name === name) });
}

/** What next/headers answers here; pages' own imports of it take this through vi.mock (see session-revocation). */
export const nextHeaders = { headers: requestHeaders, cookies: requestCookies };

// next-auth require()s next/headers when it handles a request: put this module's answers in its place.
const require = createRequire(import.meta.url);
const nextHeadersPath = require.resolve("next/headers", { paths: [require.resolve("next-auth")] });
require.cache[nextHeadersPath] = {
  id: nextHeadersPath,
  filename: nextHeadersPath,
  loaded: true,
  exports: nextHeaders,
} as never;

/** Runs `work` (a page's server code) as if it were handling `request`. */
export function withRequest<T>(request: Request, work: () => Promise<T>): Promise<T> {
  return current.run(request, work);
}

/** A browser's cookies for one client: what Set-Cookie gave it, sent back on each call. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === "" || /max-age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export const ORIGIN = "http://pedigree.test";

/** One call to /api/auth/<segments>, through the real route handler. */
export async function callAuth(
  method: "GET" | "POST",
  segments: string[],
  options: { jar?: CookieJar; form?: Record<string, string>; address?: string } = {},
): Promise<Response> {
  const headers = new Headers({ host: "pedigree.test" });
  if (options.jar) headers.set("cookie", options.jar.header());
  if (options.address) headers.set("x-forwarded-for", options.address);
  let body: string | undefined;
  if (options.form) {
    body = new URLSearchParams(options.form).toString();
    headers.set("content-type", "application/x-www-form-urlencoded");
  }
  const { NextRequest } = await import("next/server");
  const request = new NextRequest(new URL(`/api/auth/${segments.join("/")}`, ORIGIN), { method, headers, body });
  const handler = method === "GET" ? authRoute.GET : authRoute.POST;
  const response = await current.run(request, () =>
    handler(request, { params: Promise.resolve({ nextauth: segments }) }),
  );
  options.jar?.take(response);
  return response;
}

/** Signs in as a browser does (csrf token, then the credentials callback); the jar keeps the session cookie. */
export async function signIn(email: string, password: string, options: { jar?: CookieJar; address?: string } = {}) {
  const jar = options.jar ?? new CookieJar();
  const csrf = await callAuth("GET", ["csrf"], { jar, address: options.address });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await callAuth("POST", ["callback", "credentials"], {
    jar,
    address: options.address,
    form: { email, password, csrfToken, json: "true", callbackUrl: `${ORIGIN}/overview` },
  });
  const session = jar.get("next-auth.session-token") ?? jar.get("__Secure-next-auth.session-token");
  return { response, jar, session, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

/** Signs out as the browser's Sign out button does. */
export async function signOut(jar: CookieJar): Promise<Response> {
  const csrf = await callAuth("GET", ["csrf"], { jar });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return callAuth("POST", ["signout"], { jar, form: { csrfToken, json: "true", callbackUrl: `${ORIGIN}/sign-in` } });
}
