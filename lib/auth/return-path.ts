// Where to send someone after they sign in: the page they asked for while signed out. The path comes
// back from the browser (the sign-in page's `next` parameter), so only a path on this site is taken:
// never another origin ("//evil.example", "/\\evil.example", "https://..."), never the sign-in page
// itself, never an API address. Pure.

/** The request header in which proxy.ts hands a page the path and query it was asked for. */
export const REQUESTED_PATH_HEADER = "x-pedigree-path";

const BASE = "http://pedigree.invalid";

export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2048 || !value.startsWith("/") || value.startsWith("//")) return null;
  // Browsers read a backslash as a slash, and drop tabs and newlines from URLs: "/\evil" is "//evil".
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x5c || code < 0x20 || code === 0x7f) return null;
  }
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, told to come back to `path` when it is one to come back to. */
export function signInPathFor(path: string | null | undefined): string {
  const target = safeReturnPath(path);
  return target && target !== "/" ? `/sign-in?next=${encodeURIComponent(target)}` : "/sign-in";
}
