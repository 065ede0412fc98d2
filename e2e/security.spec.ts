import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { AUTH, expect, test } from "./support/fixtures";

// Attacks from a real second origin: a page served by another server that a signed-in admin visits.
// It tries the two requests a foreign page can make without a CORS preflight, a no-cors fetch with a
// text/plain body and a form post, both aimed at creating an admin.

let attacker: Server;
let attackerOrigin: string;

function attackPage(appOrigin: string, email: string): string {
  const body = JSON.stringify({ email, name: "Mallory", role: "admin", password: "a-long-password-123" });
  return `<!doctype html><html><body>
<form id="form" method="POST" action="${appOrigin}/api/v1/users" enctype="text/plain">
  <input name='${body.slice(0, -2)}' value='"}'>
</form>
<script>
  fetch(${JSON.stringify(`${appOrigin}/api/v1/users`)}, {
    method: "POST", mode: "no-cors", credentials: "include",
    headers: { "content-type": "text/plain" }, body: ${JSON.stringify(body)},
  }).finally(() => { document.title = "fetch sent"; });
</script></body></html>`;
}

test.beforeAll(async ({ baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  attacker = createServer((request, response) => {
    const email = new URL(request.url ?? "/", "http://attacker").searchParams.get("email") ?? "mallory@evil.example";
    response.writeHead(200, { "content-type": "text/html" });
    response.end(attackPage(appOrigin, email));
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => attacker.close(() => resolve())));

async function userExists(page: Page, email: string): Promise<boolean> {
  const users = await page.request.get("/api/v1/users", { headers: AUTH });
  expect(users.ok()).toBe(true);
  const body = (await users.json()) as { items: { email: string }[] };
  return body.items.some((user) => user.email === email);
}

test("a page on another origin cannot use the admin's session to create an admin", async ({
  signedInPage: page,
  uid,
}) => {
  const email = `mallory-fetch-${uid}@evil.example`;
  await page.goto(`${attackerOrigin}/?email=${encodeURIComponent(email)}`);
  await expect(page).toHaveTitle("fetch sent");
  expect(await userExists(page, email)).toBe(false);

  const formEmail = `mallory-form-${uid}@evil.example`;
  await page.goto(`${attackerOrigin}/?email=${encodeURIComponent(formEmail)}`);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/api/v1/users")),
    page.locator("#form").evaluate((form: HTMLFormElement) => form.submit()),
  ]);
  expect(response.status()).toBe(403);
  expect(await userExists(page, formEmail)).toBe(false);
});

test("the same admin's own pages still write: creating a user in Settings works", async ({
  signedInPage: page,
  uid,
}) => {
  const status = await page.evaluate(async (email) => {
    const response = await fetch("/api/v1/users", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, name: "Same origin", role: "viewer", password: "a-long-password-123" }),
    });
    return response.status;
  }, `same-origin-${uid}@pedigree.test`);
  expect(status).toBe(201);
});

test("pages and the API carry a nonce-based CSP and the other security headers, and pages run under it", async ({
  signedInPage: page,
}) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const nonces = new Set<string>();
  for (const path of [
    "/overview",
    "/models",
    "/lineage",
    "/traits",
    "/datasets",
    "/runs",
    "/reports",
    "/settings",
    "/api-reference",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = response!.headers();
    const policy = headers["content-security-policy"];
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    nonces.add(/'nonce-([^']+)'/.exec(policy)![1]);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    await page.waitForLoadState("networkidle");
  }
  expect(nonces.size).toBe(9);
  // Interactive pages hydrated under the policy: a client-side control responds.
  await page.goto("/overview");
  await expect(page.getByTestId("current-user")).toBeVisible();
  expect(violations).toEqual([]);

  const api = await page.request.get("/api/v1/models");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["strict-transport-security"]).toBeUndefined();
  const overHttps = await page.request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toMatch(/^max-age=31536000/);
});

test("markup injected into a page cannot run script", async ({ signedInPage: page }) => {
  await page.goto("/overview");
  const ran = await page.evaluate(async () => {
    // What an HTML injection would add: an inline handler and an inline script without the nonce.
    const holder = document.createElement("div");
    holder.innerHTML = '<img src="data:," onload="window.__injected = true" onerror="window.__injected = true">';
    document.body.append(holder);
    const frame = document.createElement("iframe");
    frame.srcdoc = "<script>parent.__injected = true</script>";
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
