import type { Locator } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { shoot } from "../support/screenshot";
import { signIn } from "../support/sign-in";

// Screenshots for visual review (test-results/screenshots/*.png) of the list pages, their empty states, and
// the settings page.

test("list and settings pages, light and dark", async ({ page }) => {
  test.slow(); // every list page, light and dark
  const visit = async (path: string, ready: Locator, name: string) => {
    await page.goto(path);
    await expect(ready).toBeVisible();
    await shoot(page, name);
  };
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);

  await visit("/datasets", page.getByTestId("datasets-table"), "datasets-light");
  await visit("/datasets?q=no such dataset", page.getByText("No datasets match"), "datasets-empty-light");
  await visit("/runs", page.getByTestId("runs-table"), "runs-light");
  await visit("/runs?status=cancelled", page.getByText("No runs match these filters"), "runs-empty-light");
  await visit("/audit", page.getByTestId("audit-table"), "audit-light");
  await visit("/audit?actor=nobody-at-all", page.getByText("No events match these filters"), "audit-empty-light");
  await visit("/models?q=no such model", page.getByText("No models match"), "models-empty-light");
  await visit("/settings", page.getByTestId("tokens-table"), "settings-light");
  const addUser = page.getByRole("form", { name: "Add a user" });
  await addUser.getByRole("button", { name: "Add user" }).click();
  await expect(addUser.locator("[aria-invalid=true]").first()).toBeVisible();
  await shoot(page, "settings-errors-light");

  // A small page size shows the list footer with its Load more button.
  await page.route("**/api/v1/models?*", (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("limit", "3");
    return route.continue({ url: url.toString() });
  });
  await page.goto("/models");
  await page.getByRole("searchbox", { name: "Search models" }).fill("gpt");
  await expect(page.getByRole("button", { name: "Load more" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search models" }).blur();
  await shoot(page, "models-load-more-light");

  await page.emulateMedia({ colorScheme: "dark" });
  for (const list of ["datasets", "runs", "audit"])
    await visit(`/${list}`, page.getByTestId(`${list}-table`), `${list}-dark`);
  await visit("/settings", page.getByTestId("tokens-table"), "settings-dark");
});
