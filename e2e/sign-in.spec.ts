import { expect, test } from "./support/fixtures";
import { E2E_ADMIN, signIn, submitSignIn } from "./support/sign-in";

// Failed sign-ins count against the account and the address they come from. So that they lock
// neither the e2e admin nor 127.0.0.1 for the specs running beside these, they are made as users of
// their own, from an address of their own (the e2e server trusts no proxy, so the last entry of
// x-forwarded-for is taken).
const ownAddress = (uid: string) => `198.18.${parseInt(uid.slice(-4), 16) % 250}.${parseInt(uid.slice(-2), 16) % 250}`;

test("a wrong password shows an error and stays on the sign-in page", async ({ page, seed, uid }) => {
  const user = await seed.user("viewer", "wrong-password");
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ownAddress(uid) });
  await submitSignIn(page, user.email, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Email or password" })).toHaveText(
    "Email or password is incorrect.",
  );
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the right password lands on the overview", async ({ page }) => {
  await signIn(page);
  await expect(page.getByTestId("current-user")).toContainText(E2E_ADMIN.email);
  await expect(page.getByTestId("current-user")).toContainText("admin");
});

test("a signed-out visitor is sent to sign-in, a signed-in one away from it", async ({ page }) => {
  await page.goto("/models");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmodels$/);
  await signIn(page);
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 }); // a password hash, on a busy machine
});

test("a deep link opened while signed out returns to that page after sign-in", async ({ page }) => {
  await page.goto("/traits/owl-preference?view=chart");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Ftraits%2Fowl-preference%3Fview%3Dchart$/);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/traits\/owl-preference\?view=chart$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Owl");
  // Signed in, the sign-in page itself sends on to the page it names.
  await page.goto("/sign-in?next=%2Fmodels");
  await expect(page).toHaveURL(/\/models$/, { timeout: 30_000 });
});

test("the sign-in page returns only to pages of this site", async ({ page }) => {
  await page.goto("/sign-in?next=%2F%2Fevil.example%2Fx");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/overview$/, { timeout: 30_000 });
});

test("sign-out returns to sign-in and ends the session", async ({ page, seed }) => {
  // A user of its own: signing the admin out might end the session the other specs share.
  const user = await seed.user("viewer", "sign-out");
  await submitSignIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 }); // a password hash, on a busy machine
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/overview");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Foverview$/);
});

test("after 10 failed sign-ins an account is locked, and the form says so", async ({ page, seed, uid }) => {
  const user = await seed.user("viewer", "locked");
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ownAddress(uid) });
  const formAlert = page.getByRole("alert").filter({ hasText: /Email or password|Too many/ });
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await submitSignIn(page, user.email, `guess-${attempt}`);
    await expect(formAlert).toHaveText("Email or password is incorrect.");
  }
  // Even the right password is refused now.
  await submitSignIn(page, user.email, user.password);
  await expect(formAlert).toHaveText("Too many failed sign-ins for this account. It is locked for up to 15 minutes.");
});
