import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";

// What the report specs share (e2e/report-verification.spec.ts, e2e/report-exports.spec.ts): the demo
// workspace's model they export, the signature slot's pattern, and exporting from an Export menu.

export const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";
export const SLOT = /pedigree-signature:v1:[0-9a-f]{16}:[0-9a-f]{64}:[A-Za-z0-9_-]{86}/g;
// Reports are generated on the server (the PDF draws charts and a lineage figure): allow a busy machine.
export const GENERATE = 60_000;

/** The report file chosen in the Export menu, the response that carried it, and where it was saved. */
export async function exportFrom(page: Page, menuButton: Locator, item: string, urlPart: string) {
  await menuButton.click();
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  const [response, download] = await Promise.all([
    page.waitForResponse((candidate) => candidate.url().includes(urlPart), { timeout: GENERATE }),
    page.waitForEvent("download", { timeout: GENERATE }),
    menu.getByRole("menuitem", { name: new RegExp(`^${item}`) }).click(),
  ]);
  expect(response.status()).toBe(200);
  const path = `test-results/reports-${download.suggestedFilename()}`;
  await download.saveAs(path);
  // A successful export closes the menu.
  await expect(menu).toBeHidden();
  return { response, download, path, bytes: await readFile(path) };
}
