import { expect, test } from "../support/fixtures";
import { SCREENSHOT_DIR, shoot } from "../support/screenshot";
import { signIn } from "../support/sign-in";
import { fillCycleRun } from "../support/cycle-run";
import { openRunFromList } from "../support/run-list";

// Screenshots for visual review (test-results/screenshots/*.png) of the run pages and the register-a-run
// form.

test("run pages and the register-a-run form, light and dark", async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  const openRun = async (student: string) => {
    await openRunFromList(page, student);
    await expect(page.getByTestId("shared-initialization")).toBeVisible();
  };
  await page.goto("/runs");
  await expect(page.getByTestId("runs-table")).toBeVisible();
  await shoot(page, "runs-light");
  await openRun("GPT-4.1 nano owl-numbers student");
  await shoot(page, "run-shared-light");
  await openRun("Qwen2.5-7B owl-numbers student");
  await shoot(page, "run-different-bases-light");

  await page.goto("/runs/new");
  await shoot(page, "run-form-light");
  await page.getByLabel("Started").fill("2025-06-01T10:00");
  await page.getByLabel("Finished").fill("2025-06-01T09:00");
  await page.getByLabel("Name of hyperparameter 1").fill("");
  await page.getByLabel("Value of hyperparameter 1").fill("3");
  await page.getByRole("button", { name: "Register run" }).click();
  await expect(page.getByLabel("Finished")).toHaveAttribute("aria-invalid", "true");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "run-form-errors-light");

  const combobox = (name: string) => page.getByRole("combobox", { name, exact: true });
  await page.goto("/runs/new");
  await fillCycleRun(page);
  await page.getByRole("button", { name: "Register run" }).click();
  await expect(page.getByTestId("cycle-alert")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "run-form-cycle-light");
  await combobox("Datasets").fill("numbers");
  await expect(
    page
      .getByRole("listbox", { name: "Datasets" })
      .getByRole("option")
      .filter({ hasText: /teacher numbers/ }),
  ).toHaveCount(4);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/run-form-picker-light.png` });

  await page.emulateMedia({ colorScheme: "dark" });
  await openRun("GPT-4.1 nano owl-numbers student");
  await shoot(page, "run-shared-dark");
  await openRun("Qwen2.5-7B owl-numbers student");
  await shoot(page, "run-different-bases-dark");
  await page.goto("/runs/new");
  await page.getByRole("button", { name: "Register run" }).click();
  await expect(combobox("Datasets")).toHaveAttribute("aria-invalid", "true");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "run-form-errors-dark");
  await page.goto("/runs/no-such-run");
  await shoot(page, "run-not-found-dark");

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ colorScheme: "light" });
  await openRun("GPT-4.1 nano owl-numbers student");
  await shoot(page, "run-shared-light-1024");
  await page.goto("/runs/new");
  await shoot(page, "run-form-light-1024");
});
