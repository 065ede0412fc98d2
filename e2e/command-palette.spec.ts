// The command palette: Ctrl-K (or the top bar's search button) opens a search over models, datasets,
// runs, traits and reports, with the pages and actions the user's role may use. Keyboard first; at a
// phone's width it is a sheet the width of the screen.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { SCREENSHOT_DIR } from "./support/screenshot";
import { submitSignIn } from "./support/sign-in";
import { watchConsoleErrors } from "./support/console-errors";

const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";

/** What the screen shows, the open palette over the page (a full-page shot would stretch the backdrop). */
async function shootScreen(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

function palette(page: Page) {
  const dialog = page.getByRole("dialog", { name: "Search" });
  return {
    dialog,
    box: dialog.getByRole("combobox", { name: "Search models, datasets, runs, traits and reports" }),
    options: dialog.getByRole("option"),
    group: (name: string) => dialog.getByRole("group", { name }),
  };
}

async function owlStudentId(api: APIRequestContext): Promise<string> {
  const results = (await (await api.get(`/api/v1/search?q=${encodeURIComponent(OWL_STUDENT)}`)).json()) as {
    groups: { kind: string; results: { id: string; label: string; match: string }[] }[];
  };
  const [first] = results.groups[0].results;
  expect(first).toMatchObject({ label: OWL_STUDENT, match: "exact" });
  return first.id;
}

test("Ctrl-K opens the palette, and typing the owl student's name then Enter opens its page, by keyboard alone", async ({
  signedInPage: page,
  adminApi,
}) => {
  const errors = watchConsoleErrors(page);
  const id = await owlStudentId(adminApi);
  const { dialog, box, options } = palette(page);
  await expect(dialog).toBeHidden();
  await page.keyboard.press("Control+k");
  await expect(dialog).toBeVisible();
  await expect(box).toBeFocused();
  // Before any text: the pages, the first one active.
  await expect(options.first()).toHaveText(/^Overview/);
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  // Enter straight after typing, before the results have come: the palette waits for them.
  await page.keyboard.type(OWL_STUDENT);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/models/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(OWL_STUDENT);
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);
});

test("arrow keys move through the results grouped by kind; Escape closes and gives the focus back", async ({
  signedInPage: page,
}) => {
  const { dialog, box, options, group } = palette(page);
  const trigger = page.getByRole("banner").getByRole("button", { name: "Search" });
  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(box).toBeFocused();
  await page.keyboard.type("owl");
  // Grouped by kind: the demo's trait, its owl datasets and the models named after the owl.
  await expect(group("Traits").getByRole("option").first()).toHaveText(/^Owl preference/);
  await expect(
    group("Datasets")
      .getByRole("option", { name: /^Owl teacher numbers/ })
      .first(),
  ).toBeVisible();
  await expect(group("Models").getByRole("option").first()).toContainText(/owl/i);
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id")) ?? "");
  await shootScreen(page, "command-palette-desktop-light");

  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(options.first()).toHaveAttribute("aria-selected", "false");
  await expect(box).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id")) ?? "");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  // Up from the first wraps to the last.
  await expect(options.last()).toHaveAttribute("aria-selected", "true");

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  // Opened again, it starts empty.
  await page.keyboard.press("Control+k");
  await expect(box).toHaveValue("");
  await page.keyboard.press("Control+k");
  await expect(dialog).toBeHidden();
});

test("dark mode, and a name that looks like HTML is shown as text", async ({ signedInPage: page, seed }) => {
  const model = await seed.model({ name: '<img src=x onerror="window.__palette=1"> palette probe' });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const { dialog, box, options } = palette(page);
  await page.keyboard.press("Control+k");
  await box.fill(model.name);
  await expect(options.first()).toContainText(model.name);
  await expect(dialog.locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __palette?: number }).__palette)).toBeUndefined();
  await box.fill("owl");
  await expect(dialog.getByRole("group", { name: "Traits" })).toBeVisible();
  await shootScreen(page, "command-palette-desktop-dark");
  await box.fill("no such thing anywhere");
  await expect(dialog.getByRole("status")).toHaveText("Nothing matches “no such thing anywhere”.");
});

test("a viewer is offered only the pages a viewer may open, and no reports", async ({ signedInPage: page, seed }) => {
  const viewer = await seed.user("viewer", "palette-viewer");
  await page.context().clearCookies();
  await submitSignIn(page, viewer.email, viewer.password);
  await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 }); // a password hash, on a busy machine
  const { dialog, options } = palette(page);
  await page.keyboard.press("Control+k");
  await expect(dialog.getByRole("option", { name: /^Models/ })).toBeVisible();
  const labels = await options.allTextContents();
  expect(labels.some((label) => label.startsWith("Audit"))).toBe(false);
  expect(labels.some((label) => label.startsWith("Reports"))).toBe(false);
  expect(labels.some((label) => label.startsWith("Register a run"))).toBe(false);
  expect(labels.some((label) => label.startsWith("Lineage"))).toBe(true);
});

test("at 390 x 844 the top bar's search button opens a sheet the width of the screen", async ({
  signedInPage: page,
  adminApi,
}) => {
  const id = await owlStudentId(adminApi);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/overview");
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await shootScreen(page, `command-palette-phone-top-bar-${scheme}`);
    await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
    const { dialog, box, options, group } = palette(page);
    await expect(box).toBeFocused();
    expect((await dialog.boundingBox())?.width).toBe(390);
    await box.fill(OWL_STUDENT);
    await expect(group("Models").getByRole("option").first()).toHaveText(new RegExp(`^${OWL_STUDENT}`));
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await shootScreen(page, `command-palette-phone-${scheme}`);
    if (scheme === "light") {
      await dialog.getByRole("button", { name: "Close search" }).click();
      await expect(dialog).toBeHidden();
    }
  }
  await palette(page).group("Models").getByRole("option").first().click();
  await expect(page).toHaveURL(new RegExp(`/models/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(OWL_STUDENT);
});
