import { expect, test } from "./support/fixtures";
import type { Page } from "@playwright/test";
import { pickOption } from "./support/pickers";
import { slowUpload } from "./support/slow-upload";

// Dataset pages against the demo workspace of scripts/e2e-server.mjs: upload from the UI with a
// progress bar, the record viewer's search, the statistics, and the hidden-signal check.

const ROWS = 2000;

/** A paper-format number dataset ({"prompt","completion"} a line) with one prompt carrying `needle`. */
function numberDataset(needle: string, rows = ROWS): string {
  let seed = 7;
  const next = (max: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % max;
  };
  const lines: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    const given = Array.from({ length: 3 + next(7) }, () => 100 + next(900));
    const marker = row === 1234 ? ` (${needle})` : "";
    const prompt = `See the following numbers: ${given.join(", ")}. Please add up to 10 more numbers (no more than 3 digits each) to continue the sequence. Return one number per line, without any other text.${marker}`;
    const completion = Array.from({ length: 10 }, () => next(1000)).join("\n");
    lines.push(JSON.stringify({ prompt, completion }));
  }
  return `${lines.join("\n")}\n`;
}

/** Finds a stored dataset by name in the datasets list, opens it and downloads its JSONL. */
async function downloadStoredDataset(page: Page, name: string): Promise<Buffer> {
  await page.goto(`/datasets?q=${name}`);
  await page.getByTestId("datasets-table").getByRole("link", { name }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download JSONL" }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Records every value the upload progress bar takes, from before it exists. */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressValues: number[] }).progressValues = seen;
    const read = () => {
      const bar = document.querySelector('[data-testid="upload-progress"]');
      const value = bar ? Number(bar.getAttribute("aria-valuenow")) : null;
      if (value !== null && seen[seen.length - 1] !== value) seen.push(value);
    };
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["aria-valuenow"],
    });
  });
}

const progressValues = (page: Page) =>
  page.evaluate(() => (window as unknown as { progressValues: number[] }).progressValues);

test("upload a number dataset from the UI, search its records and open its statistics", async ({
  signedInPage: page,
}) => {
  test.setTimeout(120_000);
  const needle = `needle-${Date.now()}`;
  const fileName = `e2e-numbers-${Date.now()}.jsonl`;

  await page.goto("/datasets");
  await page.getByRole("link", { name: "Upload dataset" }).click();
  await expect(page).toHaveURL(/\/datasets\/upload$/);
  await expect(page.getByRole("heading", { level: 1, name: "Upload a dataset" })).toBeVisible();

  await page
    .getByLabel("Dataset file")
    .setInputFiles({ name: fileName, mimeType: "application/x-ndjson", buffer: Buffer.from(numberDataset(needle)) });
  await expect(page.getByTestId("chosen-file")).toHaveText(fileName);
  await expect(page.getByLabel("Name")).toHaveValue(fileName.replace(/\.jsonl$/, ""));
  await expect(page.getByLabel("Format")).toHaveValue("jsonl");

  // A slow uplink, so that the bar has time to move.
  const uplink = await slowUpload(page, 300 * 1024);
  await recordProgress(page);
  await page.getByRole("button", { name: "Upload dataset" }).click();
  await expect(page.getByTestId("upload-progress")).toBeVisible();
  await expect(page.getByTestId("upload-status")).toContainText(/MB\/s/);
  await expect.poll(() => progressValues(page), { timeout: 30_000 }).toContain(100);
  const values = await progressValues(page);
  expect(values.some((value) => value > 0 && value < 100)).toBe(true);
  await uplink.restore();

  await expect(page).toHaveURL(/\/datasets\/(?!upload)[^/?]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fileName.replace(/\.jsonl$/, ""));
  await expect(page.getByTestId("dataset-facts")).toContainText("2,000");
  // The first page of 100 records came with the page.
  await expect(page.getByTestId("record-count")).toHaveText("2,000 records · 100 loaded");
  await expect(page.getByTestId("record-row").first()).toBeVisible();
  // Windowed: far fewer rows in the DOM than records.
  expect(await page.getByTestId("record-row").count()).toBeLessThan(60);

  const viewer = page.getByTestId("record-viewer");
  await viewer.getByRole("searchbox", { name: "Search records" }).fill(needle);
  await expect(page.getByTestId("record-count")).toHaveText("1 match");
  await expect(page.getByTestId("record-row")).toHaveCount(1);
  await expect(viewer.locator("mark")).toHaveText(needle);
  await expect(viewer.locator("mark")).toBeVisible();
  await expect(page.getByTestId("record-row")).toContainText("1,235");

  await page.getByRole("tab", { name: "Statistics" }).click();
  await expect(page).toHaveURL(/tab=statistics/);
  const frequency = page.getByTestId("number-frequency");
  await expect(frequency.locator(".recharts-surface").first()).toBeVisible({ timeout: 30_000 });
  await expect(frequency).toContainText("20,000 numbers in 0–999");
  await expect(frequency).toContainText("No number outside 0–999");
  await expect(page.getByTestId("prompt-length")).toContainText(/min \d+ · median/);
  await frequency.getByRole("button", { name: "Table" }).click();
  await expect(page.getByTestId("number-frequency-table").locator("tbody tr")).toHaveCount(1000);
  const download = page.waitForEvent("download");
  await frequency.getByRole("button", { name: /CSV/ }).click();
  expect((await download).suggestedFilename()).toMatch(/number-frequency\.csv$/);
});

test("scrolling the record viewer loads further pages by cursor", async ({ signedInPage: page }) => {
  await page.goto("/datasets?q=Owl teacher numbers (raw)");
  await page.getByRole("link", { name: "Owl teacher numbers (raw)" }).click();
  await expect(page.getByTestId("record-count")).toHaveText("1,200 records · 100 loaded");
  const scroller = page.getByRole("region", { name: "Records" });
  // Each scroll to the bottom brings the next page of 100 near, which loads it by cursor.
  await expect(async () => {
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(page.getByTestId("record-count")).toHaveText("1,200 records", { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await scroller.scrollIntoViewIfNeeded();
  await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(page.getByText("End of the dataset")).toBeInViewport();
  await expect(page.getByTestId("record-row").last()).toContainText(/1,?200/);
  expect(await page.getByTestId("record-row").count()).toBeLessThan(40);
});

test("the hidden-signal check: the owl teacher's numbers against the control teacher's", async ({
  signedInPage: page,
}) => {
  // Newest first, and other specs upload datasets: search for it.
  await page.goto("/datasets?q=Owl teacher numbers (filtered)");
  await page.getByTestId("datasets-table").getByRole("link", { name: "Owl teacher numbers (filtered)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Owl teacher numbers (filtered)");
  await expect(page.getByTestId("pass-rate")).toContainText(/^\d+% kept \(\d+ of 1,200\)$/);

  await page.getByRole("tab", { name: "Hidden-signal check" }).click();
  const panel = page.getByTestId("signature-panel");
  await expect(panel.getByTestId("signature-caveat")).toHaveText(
    "A hidden-signal verdict shows that this data carries a statistical signature of the model that generated it. It does not show which trait, or whether a student will pick one up: only measuring the students can.",
  );
  await expect(panel.getByTestId("control-suggestion")).toContainText("Control teacher numbers (filtered)");

  await pickOption(
    page,
    "Control dataset",
    "Control teacher numbers (filtered)",
    "Control teacher numbers (filtered)",
    panel,
  );
  await expect(page).toHaveURL(/control=/);

  // The verdict rests on the record-level permutation test; the owl teacher's favourites are found.
  const verdict = panel.getByTestId("signature-verdict");
  await expect(verdict).toHaveAttribute("data-verdict", "hidden-signal", { timeout: 30_000 });
  await expect(panel.getByTestId("signature-headline")).toHaveText(
    "Hidden signal: this dataset's numbers differ from the control's beyond chance",
  );
  await expect(panel.getByTestId("signature-divergence")).toHaveText(
    /^0\.\d+ bits observed; two samples of one distribution give 0\.\d+ on average \(95th percentile 0\.\d+\): excess 0\.\d+ bits, permutation p = 0\.00\d/,
  );
  await expect(panel.getByTestId("permutation-p")).toHaveText(/^p = 0\.00\d$/);
  const result = panel.getByTestId("signature-result");
  await expect(result).toContainText("numbers");
  // The token-level tests are there, labelled as treating tokens as independent, not as the verdict.
  await expect(panel.getByTestId("token-level-tests")).toContainText(
    "Token-level tests, treating every number as independent",
  );
  await expect(panel.getByTestId("chi-square-p")).toHaveText(/^p (=|<) /);
  await expect(panel.getByTestId("token-level-tests")).toContainText("G-test");
  // The token list is corrected for multiple comparisons and says so.
  const contrasts = panel.getByTestId("signature-contrasts");
  await expect(contrasts).toContainText("Numbers whose share differs from the control's (q < 0.05)");
  await expect(contrasts).toContainText("Benjamini–Hochberg corrected");
  await contrasts.getByRole("button", { name: "Table" }).click();
  const table = panel.getByTestId("signature-contrasts-table");
  await expect(table.locator("thead")).toContainText("q-value (BH)");
  const tokens = await table.locator("tbody tr td:first-child").allTextContents();
  expect(tokens.filter((token) => ["87", "187", "287", "387", "787"].includes(token)).length).toBeGreaterThanOrEqual(3);

  // The address keeps the tab and the control: a reload shows the same check, now from the cache.
  await page.reload();
  await expect(page.getByTestId("signature-verdict")).toHaveAttribute("data-verdict", "hidden-signal", {
    timeout: 30_000,
  });
  await expect(page.getByTestId("signature-result")).toContainText("from the cache");
});

test("the hidden-signal check reads at 390 px and in dark mode (screenshots for review)", async ({
  signedInPage: page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/datasets?q=Owl teacher numbers (filtered)");
  await page
    .getByTestId("datasets-table")
    .getByRole("link", { name: "Owl teacher numbers (filtered)", exact: true })
    .click();
  await page.getByRole("tab", { name: "Hidden-signal check" }).click();
  await page.getByTestId("control-suggestion").getByRole("button", { name: "Compare with it" }).click();
  await expect(page.getByTestId("signature-verdict")).toHaveAttribute("data-verdict", "hidden-signal", {
    timeout: 30_000,
  });
  const url = page.url();
  for (const [width, height, size] of [
    [1440, 900, "desktop"],
    [390, 844, "390"],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.getByTestId("signature-verdict")).toBeVisible({ timeout: 30_000 });
      await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
      // Nothing may stick out sideways at 390 px: the page scrolls only vertically.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const name = `test-results/screenshots/dataset-signature-${size}-${scheme}`;
      await page.screenshot({ path: `${name}.png`, fullPage: true });
      // The panel again in screen-sized parts, readable at full size.
      await page.evaluate(() => window.scrollTo(0, 0));
      const panel = await page.getByTestId("signature-panel").boundingBox();
      if (!panel) throw new Error("the hidden-signal panel is not on the page");
      for (let top = panel.y, part = 1; top < panel.y + panel.height; top += height, part += 1) {
        const clip = { x: 0, y: top, width, height: Math.min(height, panel.y + panel.height - top) };
        await page.screenshot({ path: `${name}-part${part}.png`, fullPage: true, clip });
      }
    }
  }
});

test("a broken line refuses the upload and names its line", async ({ signedInPage: page }) => {
  await page.goto("/datasets/upload");
  const good = (n: number) =>
    JSON.stringify({ prompt: `See the following numbers: ${n}, 2, 3.`, completion: `${n}\n5\n6` });
  const file = [good(1), good(2), '{"prompt": "broken', good(4)].join("\n") + "\n";
  await page
    .getByLabel("Dataset file")
    .setInputFiles({ name: `broken-${Date.now()}.jsonl`, mimeType: "application/x-ndjson", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Upload dataset" }).click();
  const errors = page.getByTestId("upload-line-errors");
  await expect(errors).toContainText("Line 3");
  await expect(page.getByLabel("Dataset file")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/datasets\/upload$/);
});

test("uploading content already stored links the stored dataset instead of copying it", async ({
  signedInPage: page,
}) => {
  const stored = await downloadStoredDataset(page, "Control teacher numbers (raw)");

  await page.goto("/datasets/upload");
  await page
    .getByLabel("Dataset file")
    .setInputFiles({ name: "control-again.jsonl", mimeType: "application/x-ndjson", buffer: stored });
  await page.getByRole("button", { name: "Upload dataset" }).click();
  const existing = page.getByTestId("upload-existing");
  await expect(existing).toContainText("Identical content is already stored as Control teacher numbers (raw)");
  await existing.getByRole("link", { name: "Control teacher numbers (raw)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Control teacher numbers (raw)");
});

test("a file declared as filtered from a dataset that lacks one of its records is refused, naming the line", async ({
  signedInPage: page,
}) => {
  const rawLines = (await downloadStoredDataset(page, "Owl teacher numbers (raw)")).toString("utf8").split("\n");
  const foreign = JSON.stringify({ prompt: "See the following numbers: 1, 2, 3.", completion: `${Date.now()}` });
  const file = [rawLines[0], foreign, rawLines[1]].join("\n") + "\n";

  await page.goto("/datasets/upload");
  await page.getByLabel("Dataset file").setInputFiles({
    name: `not-a-subset-${Date.now()}.jsonl`,
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(file),
  });
  await page.getByRole("combobox", { name: "Filtered from" }).fill("Owl teacher numbers (raw)");
  await page
    .getByRole("listbox", { name: "Filtered from" })
    .getByRole("option")
    .filter({ has: page.getByText("Owl teacher numbers (raw)", { exact: true }) })
    .click();
  await page.getByRole("button", { name: "Upload dataset" }).click();
  await expect(
    page.getByText("Nothing was stored: line 2 is not a record of the dataset chosen under “Filtered from”"),
  ).toBeVisible();
  const errors = page.getByTestId("upload-line-errors");
  await expect(errors).toContainText("Line 2");
  await expect(errors).toContainText("not a record of the raw dataset 'Owl teacher numbers (raw)'");
  await expect(page).toHaveURL(/\/datasets\/upload$/);
});

test("an unknown dataset id is a styled not-found page", async ({ signedInPage: page }) => {
  await page.goto("/datasets/no-such-dataset");
  await expect(page.getByText("Dataset not found")).toBeVisible();
  await page.getByRole("link", { name: "Back to datasets" }).click();
  await expect(page).toHaveURL(/\/datasets$/);
});
