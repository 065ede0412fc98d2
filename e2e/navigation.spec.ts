import { expect, test } from "./support/fixtures";
import { watchConsoleErrors } from "./support/console-errors";

const SIDEBAR_LINKS = [
  ["Overview", "/overview"],
  ["Lineage", "/lineage"],
  ["Models", "/models"],
  ["Datasets", "/datasets"],
  ["Runs", "/runs"],
  ["Traits", "/traits"],
  ["Measurements", "/measurements"],
  ["Audit", "/audit"],
  ["Settings", "/settings"],
] as const;

test("every sidebar link is visible to an admin", async ({ signedInPage: page }) => {
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [label, href] of SIDEBAR_LINKS) {
    await expect(nav.getByRole("link", { name: label, exact: true })).toHaveAttribute("href", href);
  }
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
});

test("the demo banner says the data are examples", async ({ signedInPage: page }) => {
  await expect(page.getByTestId("demo-banner")).toContainText("Not real measurements of your models.");
});

test("the overview counts the demo workspace and lists recent models", async ({ signedInPage: page, seed }) => {
  // The six demo models, and whatever the specs running beside this one have added.
  await expect(page.getByTestId("stat-models")).toHaveText(/^Models\d+/);
  expect(
    Number(/^Models(\d+)/.exec((await page.getByTestId("stat-models").textContent()) ?? "")?.[1]),
  ).toBeGreaterThanOrEqual(6);
  // The newest models: one of this test's own (the demo's are pushed out by the models other specs add).
  const model = await seed.model({ name: "E2E recent model" });
  await page.reload();
  await expect(page.locator("#recent-models").getByRole("link", { name: model.name })).toBeVisible();
});

test("clicking Models shows the table with the demo models", async ({ signedInPage: page }) => {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Models" }).click();
  await expect(page).toHaveURL(/\/models$/);
  await expect(page.getByRole("heading", { level: 1, name: "Models" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Models" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  // Newest first, so the models other specs add may push the demo's off the first page: search for them.
  const nameCells = page.getByRole("table").locator("tbody tr td:first-child");
  await expect(nameCells.first()).toBeVisible();
  await page.getByRole("searchbox", { name: "Search models" }).fill("GPT-4.1 nano");
  await expect(nameCells.getByRole("link", { name: /^GPT-4\.1 nano\s*2025-04-14$/ })).toBeVisible();
  await expect(nameCells).toHaveCount(4);
  await page.getByRole("searchbox", { name: "Search models" }).fill("Qwen2.5-7B-Instruct");
  await expect(nameCells.getByRole("link", { name: /^Qwen2\.5-7B-Instruct/ })).toBeVisible();
});

test("the theme toggle switches to dark and back", async ({ signedInPage: page }) => {
  const html = page.locator("html");
  await page.getByRole("radio", { name: "Dark" }).click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.getByRole("radio", { name: "Light" }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
});

test("the main pages render without console errors (no hydration mismatches)", async ({ signedInPage: page }) => {
  const errors = watchConsoleErrors(page);
  for (const path of ["/overview", "/models", "/models?q=owl"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // A demo model with measurements (the first "owl" row may be one another spec just added, never measured).
  await page.goto("/models?q=GPT-4.1 nano owl-numbers student");
  await page.getByRole("table").locator("tbody tr td:first-child a").first().click();
  await expect(page.getByTestId("measurements-table")).toBeVisible();
  expect(errors).toEqual([]);
});

test("the page names an SVG favicon that is served", async ({ signedInPage: page }) => {
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /\/favicon\.svg/);
  const favicon = await page.request.get("/favicon.svg");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
});
