import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

/** Opens the run of `student` from the runs list, filtered to that student's runs. */
export async function openRunFromList(page: Page, student: string): Promise<void> {
  await page.goto("/runs");
  // Newest first, and other specs add runs: filter to the student's.
  await page.getByLabel("Student").selectOption({ label: student });
  await expect(page).toHaveURL(/[?&]studentId=/);
  const row = page
    .getByTestId("runs-table")
    .locator("tbody tr", { has: page.getByRole("link", { name: student, exact: true }) });
  await row.getByTitle("Open this run").click();
  await expect(page).toHaveURL(/\/runs\/[^/]+$/);
}
