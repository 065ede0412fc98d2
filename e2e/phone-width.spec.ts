// Every page at a phone's width (390 x 844): nothing scrolls sideways (wide tables scroll inside
// themselves), and the navigation, theme and sign-out sit behind the menu button. Screenshots of each
// page in light and dark go to test-results/screenshots for review.
import type { APIRequestContext } from "@playwright/test";
import { expect, test, AUTH } from "./support/fixtures";
import { shoot } from "./support/screenshot";
import { signIn } from "./support/sign-in";

test.skip(!!process.env.PLAYWRIGHT_BASE_URL, "reads the demo workspace of the e2e server");

async function firstId(request: APIRequestContext, path: string): Promise<string> {
  const page = (await (await request.get(path, { headers: AUTH })).json()) as { items: { id: string }[] };
  return page.items[0].id;
}

test("no page scrolls sideways at 390 px, in light or dark", async ({ page, request }) => {
  test.setTimeout(240_000);
  await signIn(page);
  await page.setViewportSize({ width: 390, height: 844 });
  const pages = [
    "/overview",
    "/models",
    `/models/${await firstId(request, "/api/v1/models?q=owl-numbers student")}`,
    "/datasets",
    `/datasets/${await firstId(request, "/api/v1/datasets?q=owl")}`,
    "/datasets/upload",
    "/imports",
    "/runs",
    `/runs/${await firstId(request, "/api/v1/runs")}`,
    "/runs/new",
    "/traits",
    "/traits/owl-preference",
    "/measurements",
    "/lineage",
    "/compare",
    "/reports",
    "/audit",
    "/settings",
    "/api-reference",
  ];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, `${path} is ${widths.scroll} px wide at ${widths.client} px`).toBeLessThanOrEqual(
        widths.client,
      );
      const name =
        path === "/"
          ? "root"
          : path
              .slice(1)
              .replace(/\/[a-z0-9]{20,}$/u, "-detail")
              .replaceAll("/", "-");
      await shoot(page, `phone-${name}-${scheme}`);
    }
  }
});

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
