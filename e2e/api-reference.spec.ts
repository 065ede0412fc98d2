import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// Screenshots for visual review: test-results/screenshots/api-reference*.png.
const DIR = "test-results/screenshots";

async function shoot(page: Page, name: string, fullPage = false) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${DIR}/${name}.png`, fullPage });
}

test("the API reference describes POST /api/v1/runs: scope, body fields, responses and a curl example", async ({
  signedInPage: page,
}) => {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/api-reference$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(page.getByRole("link", { name: "openapi.json" })).toHaveAttribute("href", "/api/openapi.json");

  await page
    .getByRole("navigation", { name: "Endpoints" })
    .getByRole("link", { name: "Register a distillation run" })
    .click();
  await expect(page).toHaveURL(/#postruns$/);
  const register = page.getByRole("region", { name: "POST /api/v1/runs", exact: true });
  await expect(register).toBeInViewport();
  await expect(register).toContainText("Register a distillation run");
  await expect(register).toContainText("catalog:write");
  await expect(register).toContainText("engineer · admin");

  const body = register.getByTestId("postruns-body");
  for (const field of ["datasetIds", "initializedFromId", "student", "method", "externalJobId"]) {
    await expect(body.getByRole("cell", { name: field, exact: true })).toBeVisible();
  }
  // The student is an existing model or a new one: a union, with each option's fields under it.
  const student = body.getByRole("row").filter({ has: page.getByRole("cell", { name: "student", exact: true }) });
  await expect(student).toContainText("one of");
  await expect(body.getByRole("cell", { name: "Option 2" })).toBeVisible();
  await expect(body.getByRole("cell", { name: "provider", exact: true })).toBeVisible();

  await expect(register.getByRole("cell", { name: "Idempotency-Key", exact: true })).toBeVisible();
  await expect(register.getByRole("cell", { name: "409", exact: true })).toBeVisible();
  const curl = register.locator("pre");
  await expect(curl).toContainText('curl -X POST "$PEDIGREE_URL/api/v1/runs"');
  await expect(curl).toContainText("Authorization: Bearer $PEDIGREE_TOKEN");
  await expect(curl).toContainText('"datasetIds"');
});

test("the API reference says how to authenticate and lists a public endpoint as public", async ({
  signedInPage: page,
}) => {
  await page.goto("/api-reference");
  await expect(page.getByRole("link", { name: "Settings" }).first()).toBeVisible();
  await expect(page.getByText("npx pedigree --help")).toBeVisible();
  const health = page.getByRole("region", { name: "GET /api/health", exact: true });
  await expect(health).toContainText("Public");
  await expect(health.locator("pre")).not.toContainText("PEDIGREE_TOKEN");
});

test("/api/openapi.json is public JSON in OpenAPI 3.1 and describes the runs endpoint", async ({
  playwright,
  baseURL,
}) => {
  // A fresh context: no session cookie, no token.
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const document = await response.json();
  expect(document.openapi).toMatch(/^3\.1\.\d+$/);
  expect(document.paths["/api/v1/runs"].post["x-pedigree-scope"]).toBe("catalog:write");
  expect(
    Object.keys(document.paths["/api/v1/runs"].post.requestBody.content["application/json"].schema.properties),
  ).toContain("datasetIds");
  await anonymous.dispose();
});

for (const scheme of ["light", "dark"] as const) {
  test(`API reference screenshots, ${scheme}`, async ({ signedInPage: page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/api-reference");
    await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
    await expect(page.getByRole("region", { name: "POST /api/v1/runs", exact: true })).toBeVisible();
    await shoot(page, `api-reference-${scheme}`);
    await page.goto("/api-reference#postruns");
    await expect(page.getByRole("region", { name: "POST /api/v1/runs", exact: true })).toBeInViewport();
    await shoot(page, `api-reference-runs-${scheme}`);
    await page.goto("/api-reference#postmeasurements");
    await expect(page.getByRole("region", { name: "POST /api/v1/measurements", exact: true })).toBeInViewport();
    await shoot(page, `api-reference-measurements-${scheme}`);
  });
}

test("at 1024 px the areas are a row of links above the operations, and they jump to their sections", async ({
  signedInPage: page,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto("/api-reference");
  const areas = page.getByRole("navigation", { name: "Endpoints" });
  await expect(areas.getByRole("link", { name: "Reports", exact: true })).toBeVisible();
  await expect(areas.getByRole("link", { name: /Register a distillation run/ })).toBeHidden();
  await shoot(page, "api-reference-light-1024");
  await areas.getByRole("link", { name: "Reports", exact: true }).click();
  await expect(page.getByRole("region", { name: "POST /api/v1/reports/verify", exact: true })).toBeVisible();
});
