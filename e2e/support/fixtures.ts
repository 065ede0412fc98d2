import { test as base, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

/** `signedInPage`: a page already signed in as the e2e admin, on /overview. */
export const test = base.extend<{ signedInPage: Page }>({
  signedInPage: async ({ page }, use) => {
    await signIn(page);
    await use(page);
  },
});

export { expect } from "@playwright/test";
