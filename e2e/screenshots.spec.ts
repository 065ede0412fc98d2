import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Full-page screenshots for visual review: test-results/screenshots/*.png.
const DIR = "test-results/screenshots";

async function shoot(page: Page, name: string) {
  // Let fonts settle so that the screenshot shows Inter rather than the fallback.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${DIR}/${name}.png`, fullPage: true });
}

for (const scheme of ["light", "dark"] as const) {
  test(`sign-in page, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
    await shoot(page, `sign-in-${scheme}`);
    await page.getByLabel("Email").fill("someone@example.org");
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Email or password" })).toBeVisible();
    await shoot(page, `sign-in-error-${scheme}`);
  });
}

test("dashboard pages, light and dark", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  await shoot(page, "overview-light");

  await page.goto("/models");
  await expect(page.getByRole("table")).toBeVisible();
  await shoot(page, "models-light");

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
