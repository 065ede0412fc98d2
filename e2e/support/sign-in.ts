import { expect, type Page } from "@playwright/test";

// The admin that scripts/e2e-server.mjs creates on its fresh database.
export const E2E_ADMIN = { email: "e2e-admin@pedigree.test", password: "e2e-admin-password" };

/** Fills the sign-in form; does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the UI as the e2e admin and waits for the overview. */
export async function signIn(page: Page): Promise<void> {
  await submitSignIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  // Hashing the password is slow on a busy machine with two workers.
  await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
}
