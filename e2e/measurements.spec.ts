import { expect, test } from "./support/fixtures";
import { SCREENSHOT_DIR, shoot } from "./support/screenshot";

const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";

test("the measurements explorer filters by trait and model, keeps the filters in the URL, and shows each interval's method", async ({
  signedInPage: page,
}) => {
  await page.goto("/overview");
  await page.getByTestId("stat-measurements").click();
  await expect(page).toHaveURL(/\/measurements$/);
  const rows = page.getByTestId("measurements-list").locator("tbody tr");
  await expect(rows.first()).toBeVisible();

  await page.getByLabel("Trait", { exact: true }).selectOption("owl-preference");
  await expect(page).toHaveURL(/trait=owl-preference/);
  await page.getByLabel("Model", { exact: true }).selectOption({ label: OWL_STUDENT });
  await expect(page).toHaveURL(/modelId=/);
  await expect(rows.first()).toContainText(OWL_STUDENT);
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await expect(rows.nth(i)).toContainText(OWL_STUDENT);
    await expect(rows.nth(i)).toContainText("Owl preference");
    // The interval and the method that computed it.
    await expect(rows.nth(i)).toContainText(/%.*(wilson|t-95|normal|reported)/i);
  }

  await page.reload();
  await expect(page.getByLabel("Trait", { exact: true })).toHaveValue("owl-preference");
  await expect(rows.first()).toContainText(OWL_STUDENT);
  await rows.first().getByRole("link", { name: OWL_STUDENT }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(OWL_STUDENT);

  await page.goto("/measurements");
  await expect(rows.first()).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await shoot(page, `measurements-${scheme}`);
  }
});

test("at 390 px the measurements table scrolls inside its card, not the page", async ({ signedInPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/measurements?trait=owl-preference");
  await expect(page.getByTestId("measurements-list").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByLabel("Trait", { exact: true })).toHaveValue("owl-preference");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/measurements-phone-${scheme}.png` });
  }
});
