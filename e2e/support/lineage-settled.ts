import { expect, type Page } from "@playwright/test";

/**
 * Waits until every lineage graph on the page shows its final layout: a small graph is first drawn
 * in the quick layered layout while ELK's is on its way, and its nodes move once that arrives.
 */
export async function lineageSettled(page: Page): Promise<void> {
  await expect(page.locator('[data-layout="provisional"], [data-layout="pending"]')).toHaveCount(0, {
    timeout: 45_000,
  });
}
