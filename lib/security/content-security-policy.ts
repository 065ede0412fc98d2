// The Content-Security-Policy every response carries. Pure: proxy.ts supplies a fresh nonce per
// request. Scripts run only from this origin with the request's nonce ('strict-dynamic' lets those
// scripts load the chunks they need); nothing may frame the app; forms post only to it.
// Styles allow 'unsafe-inline' because React renders style attributes (charts, graph layout) that a
// nonce cannot cover; styles cannot run code, and the script policy is what stops injected markup.

export interface PolicyOptions {
  nonce: string;
  /** `next dev` needs eval for React's error overlays; production never does. */
  development: boolean;
}

export function contentSecurityPolicy({ nonce, development }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
