import { expect, test } from "../support/fixtures";
import { shoot } from "../support/screenshot";
import { signIn } from "../support/sign-in";

// Screenshots for visual review (test-results/screenshots/*.png) of the overview and the model pages.

test("dashboard pages, light and dark", async ({ page }) => {
  test.slow(); // a dozen full pages, each shot twice
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  await shoot(page, "overview-light");

  await page.goto("/models");
  await expect(page.getByRole("table")).toBeVisible();
  await shoot(page, "models-light");

  // Newest first: the models other specs add may push the demo's off the first page.
  await page.goto("/models?q=owl-numbers student");
  await page.getByRole("link", { name: "GPT-4.1 nano owl-numbers student" }).click();
  await expect(page.getByTestId("measurements-table")).toBeVisible();
  await shoot(page, "model-student-light");

  await page.goto("/models?q=owl teacher");
  await page.getByRole("link", { name: "GPT-4.1 nano owl teacher" }).click();
  await expect(page.locator("pre")).toBeVisible();
  await shoot(page, "model-teacher-light");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/models");
  await expect(page.getByRole("table")).toBeVisible();
  await shoot(page, "models-dark");
  await page.goto("/overview");
  await shoot(page, "overview-dark");
  await page.goto("/models?q=owl-numbers student");
  await page.getByRole("link", { name: "GPT-4.1 nano owl-numbers student" }).first().click();
  await expect(page.getByTestId("measurements-table")).toBeVisible();
  await shoot(page, "model-student-dark");

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/models");
  await shoot(page, "models-dark-1024");
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/overview");
  await shoot(page, "overview-light-1024");
});
