import { expect, test } from "./support/fixtures";
import { SCREENSHOT_DIR } from "./support/screenshot";

test("the models list filters by kind, trait and exposure, sorts by name, and keeps the view in the URL", async ({
  signedInPage: page,
}) => {
  // Other specs register exposed students in parallel: the search keeps this view to the demo's
  // owl-numbers students, so that both fit on the first page whatever else exists.
  await page.goto("/models?q=owl-numbers");
  const rows = page.locator("table tbody tr");
  await expect(rows.first()).toBeVisible();

  await page.getByLabel("Kind", { exact: true }).selectOption("student");
  await page.getByLabel("Trait", { exact: true }).selectOption("owl-preference");
  await page.getByLabel("Exposure on this trait", { exact: true }).selectOption("exposed");
  await page.getByLabel("Sort", { exact: true }).selectOption("name");
  await expect(page).toHaveURL(/kind=student/);
  await expect(page).toHaveURL(/trait=owl-preference/);
  await expect(page).toHaveURL(/exposure=exposed/);
  await expect(page).toHaveURL(/sort=name/);
  await expect(page).toHaveURL(/q=owl-numbers/);
  await expect(rows.filter({ hasText: "GPT-4.1 nano owl-numbers student" })).toHaveCount(1);
  // The control student was trained on the base's own numbers: not exposed to the owl preference.
  await expect(rows.filter({ hasText: "control-numbers student" })).toHaveCount(0);
  // By name: the GPT-4.1 nano students before the Qwen one, once the sorted page has arrived (the rows
  // above already match the filters in the order before it).
  await expect
    .poll(async () => {
      const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector("td a")?.textContent ?? ""));
      const [gpt, qwen] = [
        names.indexOf("GPT-4.1 nano owl-numbers student"),
        names.indexOf("Qwen2.5-7B owl-numbers student"),
      ];
      return gpt >= 0 && qwen >= 0 && gpt < qwen;
    })
    .toBe(true);
  for (const row of await rows.all()) await expect(row).toContainText("student");

  // The view is shared by its address.
  await page.reload();
  await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("student");
  await expect(page.getByLabel("Sort", { exact: true })).toHaveValue("name");
  await expect(rows.filter({ hasText: "GPT-4.1 nano owl-numbers student" })).toHaveCount(1);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/kind=|q=|trait=|exposure=/);
  await expect(page.getByLabel("Search models", { exact: true })).toHaveValue("");
  // Unfiltered, the list holds more than the owl-numbers students (the bases and teachers at least).
  await expect.poll(() => rows.count()).toBeGreaterThan(2);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/models-list-${scheme}.png`, fullPage: true });
  }
});

test("at 390 px the models filters wrap and the page does not scroll sideways", async ({ signedInPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/models?measured=unmeasured");
  await expect(page.getByLabel("Measured on any trait", { exact: true })).toHaveValue("unmeasured");
  await expect(page.locator("table tbody tr").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/models-list-phone-${scheme}.png` });
  }
});
