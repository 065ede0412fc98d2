// Every page at a phone's width (390 x 844): nothing scrolls sideways (wide tables scroll inside
// themselves), cards and described choices stack in one column, and the navigation, theme and sign-out sit behind the menu button. Screenshots of each
// page in light and dark go to test-results/screenshots for review (and, with PEDIGREE_GALLERY_DIR, to the
// committed gallery: see e2e/support/gallery.ts).
import { watchConsoleErrors } from "./support/console-errors";
import { expect, test } from "./support/fixtures";
import { galleryPages, galleryShot, pageShotName } from "./support/gallery";
import { shoot } from "./support/screenshot";
import { signIn } from "./support/sign-in";

test.skip(!!process.env.PLAYWRIGHT_BASE_URL, "reads the demo workspace of the e2e server");

// One test per scheme: each has its own time limit, and the two run in parallel.
for (const scheme of ["light", "dark"] as const) {
  test(`no page scrolls sideways or logs an error at 390 px, ${scheme}`, async ({ page, request }) => {
    test.setTimeout(360_000);
    await signIn(page);
    const errors = watchConsoleErrors(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of await galleryPages(request)) {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, `${path} is ${widths.scroll} px wide at ${widths.client} px`).toBeLessThanOrEqual(
        widths.client,
      );
      // Cards stack: two side by side are 170 px wide, and break their names a letter a line.
      const narrowCards = await page.evaluate(() => {
        const main = document.querySelector("main");
        if (!main) return [];
        return [...main.querySelectorAll("section[aria-labelledby]")]
          .filter((card) => {
            const width = card.getBoundingClientRect().width;
            return width > 0 && width < main.clientWidth * 0.7;
          })
          .map((card) => card.querySelector("h2, h3")?.textContent ?? card.id);
      });
      expect(narrowCards, `${path}: cards narrower than the page at 390 px`).toEqual([]);
      // The header's actions go under the title, not beside it in a column of their own.
      const titleWidth = await page.evaluate(() => {
        const main = document.querySelector("main");
        const title = main?.querySelector("h1");
        return main && title ? title.getBoundingClientRect().width / main.clientWidth : 1;
      });
      expect(titleWidth, `${path}: the title takes ${Math.round(titleWidth * 100)}% of the page`).toBeGreaterThan(0.6);
      // No control sticks out of its box into the padding (a fixed-width search box once did).
      const protruding = await page.evaluate(() => {
        const main = document.querySelector("main");
        if (!main) return [];
        const scrollsSideways = (element: Element) => {
          for (let a = element.parentElement; a && a !== main; a = a.parentElement) {
            if (["auto", "scroll"].includes(getComputedStyle(a).overflowX)) return true;
          }
          return false;
        };
        return (
          [...main.querySelectorAll("input, select, textarea, button")]
            // A pan-and-zoom graph (React Flow) places its nodes anywhere; they are clipped by design.
            .filter((control) => !control.closest(".react-flow"))
            .filter((control) => control.getBoundingClientRect().width > 0 && !scrollsSideways(control))
            .filter((control) => {
              let box = control.parentElement;
              while (box && box !== main && parseFloat(getComputedStyle(box).paddingRight) === 0)
                box = box.parentElement;
              if (!box) return false;
              const inner = box.getBoundingClientRect().right - parseFloat(getComputedStyle(box).paddingRight);
              return control.getBoundingClientRect().right > inner + 1;
            })
            .map((control) => control.getAttribute("aria-label") ?? control.getAttribute("name") ?? control.tagName)
        );
      });
      expect(protruding, `${path}: controls past their box's padding at 390 px`).toEqual([]);
      // A radio or checkbox card with a description: two side by side wrap it a word a line.
      const narrowChoices = await page.evaluate(() => {
        const main = document.querySelector("main");
        if (!main) return [];
        return [...main.querySelectorAll("label")]
          .filter((label) => label.querySelector("input[type=radio], input[type=checkbox]"))
          .filter((label) => label.textContent.trim().length > 40)
          .filter((label) => {
            const width = label.getBoundingClientRect().width;
            return width > 0 && width < main.clientWidth * 0.6;
          })
          .map((label) => label.textContent.trim().slice(0, 40));
      });
      expect(narrowChoices, `${path}: choice cards narrower than the page at 390 px`).toEqual([]);
      await galleryShot(page, `phone-${pageShotName(path)}-${scheme}`);
      expect(errors, `${path} at 390 px, ${scheme}`).toEqual([]);
    }
  });
}

test("at 390 px the navigation opens from the menu button and closes on following a link", async ({ page }) => {
  await signIn(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/overview");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  const drawer = page.getByRole("dialog", { name: "Menu" });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole("button", { name: "Sign out" })).toBeVisible();
  await shoot(page, "phone-menu-open-light");
  await drawer.getByRole("link", { name: "Datasets" }).click();
  await expect(page).toHaveURL(/\/datasets$/);
  await expect(drawer).toBeHidden();
  // Escape closes it too, and a desktop window has the sidebar and no menu button.
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(drawer).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(nav).toBeVisible();
});
