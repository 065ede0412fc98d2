/**
 * One browser-like sign-in attempt against the server at `base`: the csrf token and its cookie, then the credentials
 * callback (its redirect not followed). `headers` go with both requests. Answers the callback's status, body read.
 */
export async function signInAttempt(
  base: string,
  credentials: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<number> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((entry) => entry.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, ...credentials, json: "true" }),
  });
  await response.arrayBuffer();
  return response.status;
}
