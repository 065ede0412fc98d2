import { expect, test } from "../support/fixtures";
import { shoot } from "../support/screenshot";

// Screenshots for visual review (test-results/screenshots/*.png) of the sign-in page and its error, light and
// dark.

for (const scheme of ["light", "dark"] as const) {
  test(`sign-in page, ${scheme}`, async ({ page }) => {
    // A failed sign-in from an address of its own, so as not to count against 127.0.0.1's (see ../sign-in.spec.ts).
    await page.setExtraHTTPHeaders({ "x-forwarded-for": scheme === "light" ? "198.18.251.1" : "198.18.251.2" });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
    await shoot(page, `sign-in-${scheme}`);
    await page.getByLabel("Email").fill("someone@example.org");
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Email or password" })).toBeVisible();
    await shoot(page, `sign-in-error-${scheme}`);
  });
}
