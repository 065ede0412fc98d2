import type { Locator } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { SCREENSHOT_DIR, shoot } from "../support/screenshot";
import { signIn } from "../support/sign-in";
import { slowUpload } from "../support/slow-upload";

// Screenshots for visual review (test-results/screenshots/*.png) of the dataset pages: records, statistics,
// the hidden-signal check and the upload form.

test("dataset pages: records, statistics, the hidden-signal check and the upload form, light and dark", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  // Full-page shots from the top, so that the sticky sidebar and top bar sit where they belong.
  const shootTop = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, name);
  };
  const openDataset = async (name: string) => {
    await page.goto(`/datasets?q=${encodeURIComponent(name)}`);
    await page.getByTestId("datasets-table").getByRole("link", { name, exact: true }).click();
    await expect(page.getByTestId("record-row").first()).toBeVisible();
  };
  const openTab = async (name: string, ready: Locator) => {
    await page.getByRole("tab", { name }).click();
    await expect(ready).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(300);
  };
  const compareWithSuggestedControl = async () => {
    await page.getByTestId("control-suggestion").getByRole("button", { name: "Compare with it" }).click();
    await expect(page.getByTestId("signature-result")).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(300);
  };

  await openDataset("Owl teacher numbers (filtered)");
  await shootTop("dataset-owl-filtered-light");
  await page.getByRole("searchbox", { name: "Search records" }).fill("787");
  await expect(page.getByTestId("record-count")).toContainText("match");
  await page
    .getByRole("button", { name: /^Expand record/ })
    .first()
    .click();
  await page.getByTestId("record-viewer").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/dataset-records-search-light.png` });
  await openTab("Statistics", page.getByTestId("number-frequency").locator(".recharts-surface").first());
  await shootTop("dataset-statistics-light");
  await page.getByTestId("prompt-length").getByRole("button", { name: "Table" }).click();
  await page.getByTestId("number-frequency").hover({ position: { x: 300, y: 150 } });
  await page.getByTestId("prompt-length").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/dataset-statistics-table-light.png` });
  await openTab("Hidden-signal check", page.getByTestId("control-suggestion"));
  await compareWithSuggestedControl();
  await shootTop("dataset-signature-light");

  await openDataset("Owl teacher numbers (raw)");
  await shootTop("dataset-owl-raw-light");

  await page.goto("/datasets/upload");
  await shootTop("dataset-upload-light");
  // A slow uplink keeps the progress bar on screen long enough to photograph it.
  const rows = Array.from({ length: 4000 }, (_, i) =>
    JSON.stringify({
      prompt: `See the following numbers: ${i}, 412, 296. Please add up to 10 more numbers.`,
      completion: "964\n725\n118",
    }),
  );
  await page.getByLabel("Dataset file").setInputFiles({
    name: `screenshot-numbers-${Date.now()}.jsonl`,
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(rows.join("\n")),
  });
  const uplink = await slowUpload(page, 100 * 1024);
  await page.getByRole("button", { name: "Upload dataset" }).click();
  await expect(page.getByTestId("upload-progress")).toHaveAttribute("aria-valuenow", /^([2-9]\d)$/, {
    timeout: 30_000,
  });
  await shootTop("dataset-upload-progress-light");
  await uplink.restore();
  await expect(page).toHaveURL(/\/datasets\/(?!upload)[^/?]+$/, { timeout: 60_000 });

  await page.emulateMedia({ colorScheme: "dark" });
  await openDataset("Owl teacher numbers (filtered)");
  await shootTop("dataset-owl-filtered-dark");
  await openTab("Statistics", page.getByTestId("number-frequency").locator(".recharts-surface").first());
  await shootTop("dataset-statistics-dark");
  await openTab("Hidden-signal check", page.getByTestId("control-suggestion"));
  await compareWithSuggestedControl();
  await shootTop("dataset-signature-dark");
  await page.getByTestId("signature-contrasts").scrollIntoViewIfNeeded();
  await page.getByTestId("signature-contrasts").locator(".recharts-bar-rectangle").nth(2).hover();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/dataset-signature-tooltip-dark.png` });

  await page.goto("/datasets/upload");
  const broken = [
    '{"prompt": "a", "completion": "1"}',
    '{"prompt": "b", "completion": 2',
    "not json at all",
    '{"question": "c"}',
  ].join("\n");
  await page
    .getByLabel("Dataset file")
    .setInputFiles({ name: "broken.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Upload dataset" }).click();
  await expect(page.getByTestId("upload-line-errors")).toBeVisible();
  await shootTop("dataset-upload-errors-dark");
  await page.goto("/datasets/no-such-dataset");
  await shootTop("dataset-not-found-dark");

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ colorScheme: "light" });
  await openDataset("Owl teacher numbers (filtered)");
  await openTab("Hidden-signal check", page.getByTestId("control-suggestion"));
  await compareWithSuggestedControl();
  await shootTop("dataset-signature-light-1024");
});
