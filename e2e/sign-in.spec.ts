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

test("after 10 failed sign-ins an account is locked, and the form says so", async ({ page }) => {
  // An address of its own (the e2e server trusts no proxy, so the header's last entry is taken),
  // so that these failures do not count against the other specs' sign-ins from 127.0.0.1.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.18.7.7" });
  const email = `locked-${Date.now()}@pedigree.test`;
  const formAlert = page.getByRole("alert").filter({ hasText: /Email or password|Too many/ });
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await submitSignIn(page, email, `guess-${attempt}`);
    await expect(formAlert).toHaveText("Email or password is incorrect.");
  }
  await submitSignIn(page, email, "guess-10");
  await expect(formAlert).toHaveText("Too many failed sign-ins for this account. It is locked for up to 15 minutes.");
});
