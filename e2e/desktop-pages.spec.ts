// Every page at a desktop's width (1440 x 900), in light and dark: it renders its heading and logs no error
// (no hydration mismatch, no failed script). Screenshots of each go to test-results/screenshots for review
// (and, with PEDIGREE_GALLERY_DIR, to the committed gallery: see e2e/support/gallery.ts).
import { watchConsoleErrors } from "./support/console-errors";
import { expect, test } from "./support/fixtures";
import { galleryPages, galleryShot, pageShotName } from "./support/gallery";

test.skip(!!process.env.PLAYWRIGHT_BASE_URL, "reads the demo workspace of the e2e server");

// One test per scheme: each has its own time limit, and the two run in parallel.
for (const scheme of ["light", "dark"] as const) {
  test(`every page renders at 1440 px without a console error, ${scheme}`, async ({ signedInPage: page, request }) => {
    test.setTimeout(360_000);
    const errors = watchConsoleErrors(page);
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of await galleryPages(request)) {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      await galleryShot(page, `desktop-${pageShotName(path)}-${scheme}`);
      expect(errors, `${path} at 1440 px, ${scheme}`).toEqual([]);
    }
  });
}
