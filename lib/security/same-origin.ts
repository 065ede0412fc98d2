// Cross-site request refusal for cookie-authenticated writes. A browser attaches the session cookie
// to a request that another site's page makes, but it also says where the request came from: Origin
// on every unsafe request (Referer when a privacy setting strips Origin). A write is accepted only
// when that origin's host is this app's own host, as Next.js checks for its server actions. Pure.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isUnsafeMethod(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Why a cookie-authenticated unsafe request does not come from this app, or null when it does.
 * `publicUrl` is the configured public URL (NEXTAUTH_URL) when set.
 */
export function crossSiteReason(request: Request, publicUrl: string | undefined): string | null {
  const ownHosts = new Set(
    [
      request.headers.get("x-forwarded-host"),
      request.headers.get("host"),
      hostOf(request.url),
      publicUrl ? hostOf(publicUrl) : null,
    ]
      .filter((host): host is string => Boolean(host))
      .map((host) => host.split(",")[0].trim().toLowerCase()),
  );
  const origin = request.headers.get("origin");
  const referer = request.headers.get("referer");
  const source = origin ?? referer;
  if (source === null)
    return "The request names no Origin or Referer, so it cannot be told apart from a cross-site request.";
  const sourceHost = source === "null" ? null : hostOf(source);
  if (sourceHost === null || !ownHosts.has(sourceHost)) {
    return `Requests from ${source === "null" ? "an opaque origin" : source} may not use this site's session. Use an API token (Authorization: Bearer) from other sites and tools.`;
  }
  return null;
}

/** Whether a Content-Type header names JSON (application/json or any +json type). */
export function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const essence = contentType.split(";")[0].trim().toLowerCase();
  return essence === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(essence);
}
