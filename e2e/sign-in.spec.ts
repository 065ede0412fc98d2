import { expect, test } from "@playwright/test";
import { E2E_ADMIN, signIn, submitSignIn } from "./support/sign-in";

test("a wrong password shows an error and stays on the sign-in page", async ({ page }) => {
  await submitSignIn(page, E2E_ADMIN.email, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Email or password" })).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the right password lands on the overview", async ({ page }) => {
  await signIn(page);
  await expect(page.getByTestId("current-user")).toContainText(E2E_ADMIN.email);
  await expect(page.getByTestId("current-user")).toContainText("admin");
});

test("a signed-out visitor is sent to sign-in, a signed-in one away from it", async ({ page }) => {
  await page.goto("/models");
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page);
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/overview$/);
});

test("sign-out returns to sign-in and ends the session", async ({ page }) => {
  await signIn(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/overview");
  await expect(page).toHaveURL(/\/sign-in$/);
});
