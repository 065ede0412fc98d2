// The audit log as an auditor uses it: names instead of ids, filters kept in the URL, and exports of the
// filtered view, at desktop width and on a phone, in light and dark (screenshots for review).
import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expect, test } from "./support/fixtures";
import { shoot } from "./support/screenshot";
import { watchConsoleErrors } from "./support/console-errors";

test.skip(!!process.env.PLAYWRIGHT_BASE_URL, "reads the demo workspace of the e2e server");

async function downloaded(page: Page, button: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: button }).click(),
  ]);
  const path = await download.path();
  return { download, text: await readFile(path, "utf8") };
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, `the page is ${widths.scroll} px wide at ${widths.client} px`).toBeLessThanOrEqual(
    widths.client,
  );
}

test("an auditor narrows the log to one model, shares the view and downloads it as CSV and JSON", async ({
  signedInPage: page,
  seed,
  uid,
}) => {
  // A name that breaks naive CSV and that a spreadsheet would run as a formula.
  const model = await seed.model({ name: `=SUM(1,2) "owl", e2e\nstudent ${uid}`, provider: "e2e" }, true);
  await page.goto("/audit");
  await page.getByLabel("Action", { exact: true }).selectOption("model.create");
  await page.getByLabel("Entity", { exact: true }).selectOption("model");
  await expect(page).toHaveURL(/action=model\.create/);
  const rows = page.getByTestId("audit-table").locator("tbody tr");
  const row = rows.filter({ hasText: uid });
  await expect(row).toHaveCount(1);
  // Names, not ids: the model links to its page; the actor is the admin's token, by name.
  await expect(row.getByRole("link", { name: new RegExp(`student ${uid}`) })).toHaveAttribute(
    "href",
    `/models/${model.id}`,
  );
  await expect(row).toContainText("PEDIGREE_ADMIN_TOKEN");
  await expect(row).toContainText("e2e-admin@pedigree.test");

  await row.getByRole("button", { name: /^Only events of model / }).click();
  await expect(page).toHaveURL(new RegExp(`entityId=${model.id}`));
  await expect(page.getByTestId("audit-entity-filter")).toContainText(`student ${uid}`);
  await expect(rows).toHaveCount(1);
  await shoot(page, "audit-filtered-desktop-light");

  // The view is in the URL: a reload (or a colleague opening it) shows the same events.
  await page.reload();
  await expect(page.getByTestId("audit-entity-filter")).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(page.getByLabel("Action", { exact: true })).toHaveValue("model.create");

  const csv = await downloaded(page, "Export CSV");
  expect(csv.download.suggestedFilename()).toMatch(/^audit-log-model-create-model-[a-z0-9-]+-\d{8}-\d{4}\.csv$/);
  const records = parse<Record<string, string>>(csv.text, { columns: true });
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({
    action: "model.create",
    actor_token: "PEDIGREE_ADMIN_TOKEN",
    object_id: model.id,
    object_name: `'${model.name}`,
  });
  expect(records[0].object_url).toMatch(new RegExp(`^http://[^/]+/models/${model.id}$`));

  const json = await downloaded(page, "Export JSON");
  expect(json.download.suggestedFilename()).toMatch(/\.json$/);
  const document = JSON.parse(json.text) as { filters: Record<string, string>; events: { entity: unknown }[] };
  expect(document.filters).toEqual({ action: "model.create", entityType: "model", entityId: model.id });
  expect(document.events).toEqual([
    expect.objectContaining({ entity: { name: model.name, path: `/models/${model.id}`, deleted: false } }),
  ]);

  // A time range after the event finds nothing; clearing the filters brings the whole log back.
  await page.getByLabel("From").fill("2099-01-01T00:00");
  await expect(page).toHaveURL(/from=2099-01-01T00%3A00%3A00\.000Z/);
  await expect(page.getByText("No events match these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(rows.first()).toBeVisible();
  await expect(page).toHaveURL(/\/audit$/);
});

test("a model's, a dataset's, a run's and a trait's page open the log of their own events", async ({
  signedInPage: page,
  seed,
}) => {
  const chain = await seed.chain("Audit");
  await page.goto(`/models/${chain.teacher.id}`);
  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page).toHaveURL(new RegExp(`/audit\\?entityType=model&entityId=${chain.teacher.id}$`));
  await expect(page.getByTestId("audit-entity-filter")).toContainText(chain.teacher.name);
  const rows = page.getByTestId("audit-table").locator("tbody tr");
  // Its registration and the declaration of its trait, both recorded against the model.
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "trait.declare" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "model.create" })).toHaveCount(1);

  await page.goto(`/datasets/${chain.dataset.id}`);
  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(rows.filter({ hasText: "dataset.upload" })).toHaveCount(1);
  await expect(rows.first().getByRole("link", { name: chain.dataset.name })).toHaveAttribute(
    "href",
    `/datasets/${chain.dataset.id}`,
  );

  const student = await seed.run({
    datasetIds: [chain.dataset.id],
    initializedFromId: chain.base.id,
    student: `Audit student ${chain.trait.slug}`,
  });
  await page.goto(`/runs/${student.id}`);
  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page).toHaveURL(/entityType=distillation_run/);
  const run = rows.filter({ hasText: "run.create" });
  await expect(run).toHaveCount(1);
  await expect(run.getByRole("link", { name: `Run of ${student.student.name}` })).toHaveAttribute(
    "href",
    `/runs/${student.id}`,
  );

  // The trait's own trail: its creation, with the declaration that named it first.
  await page.goto(`/traits/${chain.trait.slug}`);
  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page).toHaveURL(/entityType=trait&/);
  await expect(page.getByTestId("audit-entity-filter")).toContainText(chain.trait.name);
  await expect(rows.filter({ hasText: "trait.create" })).toHaveCount(1);
});

test("the actor filter matches names, and a row's button narrows to its actor", async ({ signedInPage: page }) => {
  await page.goto("/audit?action=demo.seed&entityType=model");
  const rows = page.getByTestId("audit-table").locator("tbody tr");
  await expect(rows).toHaveCount(6);
  await rows.first().getByRole("button", { name: "Only the system's events" }).click();
  await expect(page).toHaveURL(/actor=system/);
  await expect(rows).toHaveCount(6);
  await page.getByRole("searchbox", { name: "Filter by actor" }).fill("nobody-by-this-name");
  await expect(page.getByText("No events match these filters")).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the audit log reads at desktop and 390 px in ${scheme}, and exports there (screenshots for review)`, async ({
    signedInPage: page,
  }) => {
    const errors = watchConsoleErrors(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/audit?action=demo.seed&entityType=model");
    const rows = page.getByTestId("audit-table").locator("tbody tr");
    await expect(rows).toHaveCount(6);
    await rows
      .first()
      .getByRole("button", { name: /^Show changes/ })
      .click();
    await expect(page.getByTestId("audit-after")).toBeVisible();
    await shoot(page, `audit-desktop-${scheme}`);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/audit");
    await expect(rows.first()).toBeVisible();
    await noSidewaysScroll(page);
    await shoot(page, `audit-phone-${scheme}`);

    await page.getByLabel("Action", { exact: true }).selectOption("demo.seed");
    await page.getByLabel("Entity", { exact: true }).selectOption("model");
    await expect(rows).toHaveCount(6);
    // A card: the row is laid out as a grid, and it is no wider than the screen.
    const box = await rows.first().boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await rows
      .first()
      .getByRole("button", { name: /^Show changes/ })
      .click();
    await expect(page.getByTestId("audit-after")).toBeVisible();
    await noSidewaysScroll(page);
    await shoot(page, `audit-phone-filtered-${scheme}`);

    const json = await downloaded(page, "Export JSON");
    const document = JSON.parse(json.text) as { events: { action: string; entity: { name: string } }[] };
    expect(document.events).toHaveLength(6);
    for (const event of document.events) {
      expect(event.action).toBe("demo.seed");
      expect(event.entity.name).toEqual(expect.any(String));
    }
    expect(errors, "console errors").toEqual([]);
  });
}

test("a viewer cannot read or export the log", async ({ browser, seed, baseURL }) => {
  const viewer = await seed.user("viewer", "audit-viewer");
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(viewer.email);
  await page.getByLabel("Password").fill(viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 });
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/forbidden\?scope=audit%3Aread$/);
  await expect(page.getByText("You don't have access to this page")).toBeVisible();
  const response = await page.request.get("/api/v1/audit-events/export?format=csv");
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  await context.close();
});
