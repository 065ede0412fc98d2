import { expect, test } from "../support/fixtures";
import { idOf } from "../support/id-of";
import { SCREENSHOT_DIR } from "../support/screenshot";

// Screenshots for visual review (test-results/screenshots/*.png) of the export menu while a PDF is being
// drawn, at desktop width and on a 390 px phone. The report's request is held until the screenshot is
// taken, as a small report is ready too soon to see its progress line.

const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";

for (const [name, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["390", { width: 390, height: 844 }],
] as const) {
  test(`the export menu while the PDF renders, ${name}`, async ({ signedInPage: page }) => {
    await page.setViewportSize(viewport);
    const id = await idOf(page.request, "models", OWL_STUDENT);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/provenance?format=pdf*", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/models/${id}`);
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const menu = page.getByRole("menu", { name: `Export ${OWL_STUDENT}` });
    const download = page.waitForEvent("download");
    await menu.getByRole("menuitem", { name: /^PDF report/ }).click();
    await expect(menu.getByRole("status")).toContainText("drawing the PDF's pages");
    await expect(menu.getByText(/^\d+ s$/)).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    // The window as the user sees it, the open menu over the page's top.
    await page.screenshot({ path: `${SCREENSHOT_DIR}/export-pdf-rendering-${name}.png` });
    release();
    await download;
    await expect(menu).toBeHidden();
  });
}
