import { DEMO_OWL_TRAIT_PAGE, expect, test } from "../support/fixtures";
import { SCREENSHOT_DIR, shoot } from "../support/screenshot";
import { signIn } from "../support/sign-in";
import { idOf } from "../support/id-of";

// Screenshots for visual review (test-results/screenshots/*.png) of the trait page, the heatmap, exposure,
// the transfer effect and the compare page.

test("trait page, heatmap, exposure, transfer effect and compare, light and dark", async ({ page, seed }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  const chartReady = () => expect(page.getByTestId("trait-chart").locator(".recharts-errorBar").first()).toBeVisible();

  await page.goto(DEMO_OWL_TRAIT_PAGE);
  await chartReady();
  await shoot(page, "trait-owl-light");

  // An unmeasured student of a declared teacher's data, so that the exposure list has something to show;
  // a chain of this test's own, since a student of the demo's owl teacher would change the lineage specs' graphs.
  const find = (resource: "models" | "datasets", name: string) => idOf(page.request, resource, name);
  const chain = await seed.chain("Screenshot");
  await seed.run({
    datasetIds: [chain.dataset.id],
    initializedFromId: chain.base.id,
    student: "Second student (not yet measured)",
  });
  const owlStudentRuns = `/runs?studentId=${await find("models", "GPT-4.1 nano owl-numbers student")}`;
  await page.goto("/overview");
  await expect(page.getByTestId("trait-heatmap")).toBeVisible();
  await shoot(page, "overview-heatmap-light");
  await page.getByTestId("trait-heatmap").locator('[data-testid="heatmap-cell"]').first().hover();
  await page.locator("#trait-heatmap").screenshot({ path: `${SCREENSHOT_DIR}/overview-heatmap-tooltip-light.png` });

  await page.goto(owlStudentRuns);
  const row = page
    .getByTestId("runs-table")
    .locator("tbody tr", { has: page.getByRole("link", { name: "GPT-4.1 nano owl-numbers student", exact: true }) });
  await row.getByTitle("Open this run").click();
  await expect(page.getByTestId("transfer-effect").locator(".recharts-errorBar").first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.locator("#transfer-effect").screenshot({ path: `${SCREENSHOT_DIR}/run-transfer-light.png` });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "run-transfer-page-light");

  await page.goto("/models?q=owl-numbers student");
  await page.getByRole("link", { name: "GPT-4.1 nano owl-numbers student" }).click();
  await expect(page.getByTestId("model-trait-rates").locator(".recharts-errorBar").first()).toBeVisible();
  await shoot(page, "model-trait-rates-light");

  const ids = await Promise.all(
    [
      "GPT-4.1 nano owl-numbers student",
      "GPT-4.1 nano control-numbers student",
      "GPT-4.1 nano",
      "Qwen2.5-7B owl-numbers student",
    ].map((name) => find("models", name)),
  );
  await page.goto(`/compare?models=${ids.join(",")}`);
  await expect(page.getByTestId("compare-chart").locator(".recharts-errorBar").first()).toBeVisible();
  await shoot(page, "compare-light");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(DEMO_OWL_TRAIT_PAGE);
  await chartReady();
  await shoot(page, "trait-owl-dark");
  await page.goto("/overview");
  await expect(page.getByTestId("trait-heatmap")).toBeVisible();
  await shoot(page, "overview-heatmap-dark");
  await page.goto(`/compare?models=${ids.join(",")}`);
  await expect(page.getByTestId("compare-chart").locator(".recharts-errorBar").first()).toBeVisible();
  await shoot(page, "compare-dark");
  await page.goto(owlStudentRuns);
  await row.getByTitle("Open this run").click();
  await expect(page.getByTestId("transfer-effect").locator(".recharts-errorBar").first()).toBeVisible();
  await page.locator("#transfer-effect").screenshot({ path: `${SCREENSHOT_DIR}/run-transfer-dark.png` });
});
