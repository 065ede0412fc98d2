import type { Page } from "@playwright/test";
import { pickOption } from "./pickers";

/**
 * Fills the register-a-run form (already open) with a run that would close a cycle: the owl teacher trained on data
 * it generated itself, teacher -> raw -> filtered -> teacher.
 */
export async function fillCycleRun(page: Page): Promise<void> {
  await pickOption(page, "Datasets", "Owl teacher numbers", "Owl teacher numbers (filtered)");
  await pickOption(page, "Initialised from", "GPT-4.1 nano", "GPT-4.1 nano");
  await page.getByRole("radio", { name: /Existing model/ }).check();
  await pickOption(page, "Student model", "owl teacher", "GPT-4.1 nano owl teacher");
}
