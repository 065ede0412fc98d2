import type { Locator, Page } from "@playwright/test";
import { lineageSettled } from "./lineage-settled";

/** Where the screenshots for visual review go. */
export const SCREENSHOT_DIR = "test-results/screenshots";

/** A screenshot of the whole page, or of `target` alone, once the fonts (Inter, not the fallback) and any lineage graph have settled. */
export async function shoot(page: Page, name: string, target?: Locator): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await lineageSettled(page);
  if (target) await target.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  else await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}
