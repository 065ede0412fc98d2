import { expect, test } from "../support/fixtures";
import { SCREENSHOT_DIR, shoot } from "../support/screenshot";
import { signIn } from "../support/sign-in";

// Screenshots for visual review (test-results/screenshots/*.png) of the lineage explorer and the model page's
// lineage view.

test("lineage explorer and the model page's lineage view, light and dark", async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  const nodes = page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node");
  await page.goto("/lineage");
  // The first graph waits for the layout engine to load.
  await expect(nodes).toHaveCount(5, { timeout: 45_000 });
  await shoot(page, "lineage-light");

  await nodes.filter({ hasText: "GPT-4.1 nano owl teacher" }).click();
  await page.getByTestId("lineage-panel").getByRole("button", { name: "Expand" }).click();
  await expect(nodes).toHaveCount(6);
  await nodes.filter({ hasText: "Qwen2.5-7B owl-numbers student" }).dblclick();
  // The Qwen student's own base joins the graph.
  await expect(nodes.filter({ hasText: "Qwen2.5-7B-Instruct" })).toHaveCount(1);
  await page.waitForTimeout(500); // the fit-view animation
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "lineage-expanded-light");

  await page.goto("/lineage?direction=both&depth=10");
  await expect(nodes.first()).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(300);
  await shoot(page, "lineage-depth-10-light");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/lineage");
  await expect(nodes).toHaveCount(5);
  await nodes.filter({ hasText: "GPT-4.1 nano owl teacher" }).click();
  await shoot(page, "lineage-selected-dark");
  await page.getByTestId("lineage-panel").getByRole("button", { name: "Expand" }).click();
  await expect(nodes).toHaveCount(6);
  await page.waitForTimeout(500);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "lineage-expanded-dark");

  await page.getByRole("link", { name: "Open model page" }).click();
  await expect(page.getByTestId("lineage-graph-compact").getByTestId("lineage-node").first()).toBeVisible();
  await shoot(page, "model-lineage-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  await expect(page.getByTestId("lineage-graph-compact").getByTestId("lineage-node").first()).toBeVisible();
  await shoot(page, "model-lineage-light");

  // A base model: many neighbours in one layer.
  await page.goto("/lineage");
  await nodes.filter({ has: page.getByText("GPT-4.1 nano", { exact: true }) }).click();
  await page.getByRole("link", { name: "Open model page" }).click();
  await expect(page.getByTestId("lineage-graph-compact").getByTestId("lineage-node").first()).toBeVisible();
  await page.locator("#lineage").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/model-base-lineage-light.png` });
});
