import { expect, test } from "./support/fixtures";

test("searching the models list filters rows and updates the URL", async ({ signedInPage: page, seed, uid }) => {
  // Models of this test's own, so that the counts are not changed by the specs running beside it.
  for (const name of ["Searchable alpha", "Searchable beta", "Other"])
    await seed.model({ name: `${name} ${uid}` }, true);
  await page.goto("/models");
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();

  await page.getByRole("searchbox", { name: "Search models" }).fill(uid);
  await expect(rows).toHaveCount(3);
  await expect(page).toHaveURL(new RegExp(`/models\\?q=${uid}$`));
  await page.getByRole("searchbox", { name: "Search models" }).fill(`alpha ${uid}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Searchable alpha ${uid}`);

  // The demo's Qwen models, by part of their name.
  await page.getByRole("searchbox", { name: "Search models" }).fill("qwen");
  await expect(page).toHaveURL(/\/models\?q=qwen$/);
  const names = rows.locator("td:first-child");
  await expect(names.getByRole("link", { name: "Qwen2.5-7B owl-numbers student", exact: true })).toHaveCount(1);
  await expect(names.getByRole("link", { name: /^Qwen2\.5-7B-Instruct/ })).toHaveCount(1);
  await expect(rows.filter({ hasNotText: /qwen/i })).toHaveCount(0);

  await page.getByRole("searchbox", { name: "Search models" }).fill("no such model anywhere");
  await expect(page.getByText("No models match “no such model anywhere”")).toBeVisible();
  await page.getByRole("button", { name: "Clear search" }).first().click();
  await expect(page).toHaveURL(/\/models$/);
  await expect(rows.first()).toBeVisible();
  await expect(page.getByText("No models match")).toHaveCount(0);
});

test("a search in the URL is applied on load", async ({ signedInPage: page }) => {
  await page.goto("/models?q=owl");
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(page.getByRole("searchbox", { name: "Search models" })).toHaveValue("owl");
  for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain("owl");
});

test("the owl student's page shows its measurements and where it was initialised from", async ({
  signedInPage: page,
}) => {
  await page.goto("/models?q=owl-numbers student");
  await page.getByRole("link", { name: "GPT-4.1 nano owl-numbers student" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("GPT-4.1 nano owl-numbers student");

  const initializedFrom = page.locator("dt", { hasText: "Initialised from" }).locator("+ dd");
  await expect(initializedFrom.getByRole("link", { name: /GPT-4\.1 nano/ })).toBeVisible();
  await expect(initializedFrom).toContainText("finetune");

  const measurements = page.getByTestId("measurements-table");
  await expect(measurements.locator("tbody tr").first()).toBeVisible();
  await expect(measurements).toContainText(/owl/i);
  await expect(measurements).toContainText(/\[\d+\.\d%, \d+\.\d%\]/);

  await initializedFrom.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("GPT-4.1 nano");
  await expect(page.locator("#derived-models")).toContainText("GPT-4.1 nano owl-numbers student");
});

test("an unknown model id shows the not-found page", async ({ signedInPage: page }) => {
  const response = await page.goto("/models/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Model not found")).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to models" })).toBeVisible();
});

test("Load more fetches the next page by cursor", async ({ signedInPage: page, seed, uid }) => {
  // Four models of this test's own; shrink the browser's page size to exercise the cursor.
  for (let i = 1; i <= 4; i += 1) await seed.model({ name: `Paged ${i} ${uid}` }, true);
  await page.route("**/api/v1/models?*", (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("limit", "3");
    return route.continue({ url: url.toString() });
  });
  await page.goto("/models");
  await page.getByRole("searchbox", { name: "Search models" }).fill(uid);
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId("models-count")).toHaveText("3 models shown");

  await page.getByRole("button", { name: "Load more" }).click();
  await expect(rows).toHaveCount(4);
  await expect(page.getByTestId("models-count")).toHaveText("4 models");
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
  const names = await rows.locator("td:first-child a").allTextContents();
  expect(new Set(names).size).toBe(4);
});
