import type { Locator, Page } from "@playwright/test";

/** Where the screenshots for visual review go. */
export const SCREENSHOT_DIR = "test-results/screenshots";

/** A screenshot of the whole page, or of `target` alone, once the fonts have settled (Inter, not the fallback). */
export async function shoot(page: Page, name: string, target?: Locator): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  if (target) await target.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  else await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}
