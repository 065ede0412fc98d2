import { readFile } from "node:fs/promises";
import { AUTH, expect, test } from "./support/fixtures";
import { idOf } from "./support/id-of";
import { exportFrom, GENERATE, OWL_STUDENT, SLOT } from "./support/report-export";
import { SCREENSHOT_DIR, shoot } from "./support/screenshot";
import { submitSignIn } from "./support/sign-in";

// Signed provenance reports exported from the UI, against the demo workspace: the Export menus on the model
// page, the lineage explorer and the trait page, the Reports page's new-report form and its formats, and who
// may export. (Verification of what they export: e2e/report-verification.spec.ts.)

test.describe.configure({ timeout: 120_000 });

test("a trait report across models: owl-preference as CycloneDX from the Reports page", async ({
  signedInPage: page,
}) => {
  await page.goto("/reports?trait=owl-preference");
  const form = page.getByRole("form", { name: "New report" });
  await expect(form.getByRole("radio", { name: /A trait across models/ })).toBeChecked();
  await expect(form.getByLabel("Trait", { exact: true })).toHaveValue("owl-preference");
  await form.getByRole("radio", { name: /CycloneDX 1\.6 ML-BOM/ }).check();

  const [response, download] = await Promise.all([
    page.waitForResponse(
      (candidate) => candidate.url().includes("/api/v1/traits/owl-preference/provenance?format=cyclonedx"),
      { timeout: GENERATE },
    ),
    page.waitForEvent("download", { timeout: GENERATE }),
    form.getByRole("button", { name: "Generate and download" }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(download.suggestedFilename()).toMatch(
    /^provenance-owl-preference-trait-\d{4}-\d{2}-\d{2}-rpt_[\w-]+\.cdx\.json$/,
  );
  const sha256 = response.headers()["x-pedigree-sha256"];
  const notice = form.getByTestId("generated-report");
  await expect(notice).toContainText(download.suggestedFilename());
  await expect(notice.locator("code")).toHaveText(sha256);

  // The list refreshed: the new report is in it (on top, unless a spec beside this one exported since).
  const first = page
    .getByTestId("reports-table")
    .locator(`tbody tr[data-report-id="${response.headers()["x-pedigree-report-id"]}"]`);
  await expect(first).toBeVisible();
  await expect(first).toContainText("Owl preference");
  await expect(first).toContainText("Trait across models");
  await expect(first).toContainText("CycloneDX 1.6 ML-BOM");
  await expect(first.getByRole("link", { name: "Owl preference", exact: true })).toHaveAttribute(
    "href",
    "/traits/owl-preference",
  );

  const path = `test-results/reports-${download.suggestedFilename()}`;
  await download.saveAs(path);
  const bom = JSON.parse(await readFile(path, "utf8")) as { bomFormat?: string; specVersion?: string };
  expect(bom.bomFormat).toBe("CycloneDX");
  expect(bom.specVersion).toBe("1.6");
});

test("an export refused after the page loaded shows the server's reason in the menu", async ({
  signedInPage: page,
  browser,
  seed,
}) => {
  // An auditor opens the model page; an admin then makes them a viewer, which ends their sessions. Their
  // next export is refused (401), and the menu says why instead of saving an error page.
  const auditor = await seed.user("auditor", "report-auditor");
  const userId = auditor.id;
  const id = await idOf(page.request, "models", OWL_STUDENT);

  const context = await browser.newContext();
  const auditorPage = await context.newPage();
  await submitSignIn(auditorPage, auditor.email, auditor.password);
  await expect(auditorPage).toHaveURL(/\/overview$/, { timeout: 30_000 }); // a password hash, on a busy machine
  await auditorPage.goto(`/models/${id}`);
  const exportButton = auditorPage.getByRole("button", { name: "Export", exact: true });
  await expect(exportButton).toBeVisible();

  const demoted = await page.request.patch(`/api/v1/users/${userId}`, { headers: AUTH, data: { role: "viewer" } });
  expect(demoted.status()).toBe(200);
  await exportButton.click();
  const menu = auditorPage.getByRole("menu");
  await menu.getByRole("menuitem", { name: /^CycloneDX/ }).click();
  await expect(menu.getByRole("alert")).toHaveText(
    "Your session has ended: you signed out, or your password, role or account changed. Sign in again.",
  );
  await expect(menu).toBeVisible();
  await context.close();
});

test("the lineage explorer exports the focused model's whole lineage", async ({ signedInPage: page }) => {
  const id = await idOf(page.request, "models", OWL_STUDENT);
  await page.goto(`/lineage?model=${id}`);
  await expect(page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node")).toHaveCount(5, {
    timeout: 45_000,
  });
  const button = page.getByRole("button", { name: "Export report" });
  await button.click();
  const menu = page.getByRole("menu", { name: `Export the lineage of ${OWL_STUDENT}` });
  await expect(menu).toContainText("The whole lineage of");
  await expect(menu.getByRole("menuitem", { name: /^More options/ })).toHaveAttribute(
    "href",
    `/reports?model=${id}&scope=lineage`,
  );
  await page.emulateMedia({ colorScheme: "light" });
  await shoot(page, "reports-export-menu-lineage-light");
  await page.emulateMedia({ colorScheme: "dark" });
  await shoot(page, "reports-export-menu-lineage-dark");
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  const prov = await exportFrom(
    page,
    button,
    "W3C PROV-JSON",
    `/api/v1/models/${id}/provenance?format=prov-json&scope=lineage`,
  );
  expect(prov.download.suggestedFilename()).toMatch(/-lineage-\d{4}-\d{2}-\d{2}-rpt_[\w-]+\.prov\.json$/);
  expect(prov.bytes.toString("utf8")).toMatch(SLOT);
});

test("the trait page exports the trait's measurements", async ({ signedInPage: page }) => {
  await page.goto("/traits/owl-preference");
  await page.emulateMedia({ colorScheme: "light" });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({
    path: `${SCREENSHOT_DIR}/reports-trait-header-light.png`,
    clip: { x: 0, y: 0, width: 1440, height: 420 },
  });
  const csv = await exportFrom(
    page,
    page.getByRole("button", { name: "Export", exact: true }),
    "Measurements CSV",
    "/api/v1/traits/owl-preference/provenance?format=csv",
  );
  expect(csv.download.suggestedFilename()).toMatch(/^provenance-owl-preference-trait-.*\.csv$/);
  expect(csv.bytes.toString("utf8")).toMatch(SLOT);
  // Every record is the demo's, unless the CLI spec beside this one has imported measurements of the same trait.
  expect(csv.bytes.toString("utf8")).toMatch(
    /^# DEMO — example data, not an audit\. (Every record in this report comes|\d+ of its \d+ records \([^)]*\) come) from Pedigree's demo workspace/,
  );
});

test("the model page's open Export menu and the Reports page, light and dark", async ({ signedInPage: page }) => {
  const id = await idOf(page.request, "models", OWL_STUDENT);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/models/${id}`);
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await expect(page.getByRole("menu")).toBeVisible();
    await page.getByRole("menuitem", { name: /^SPDX/ }).hover();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/reports-export-menu-model-${scheme}.png` });

    await page.goto("/reports");
    await expect(page.getByTestId("reports-table").locator("tbody tr").first()).toBeVisible();
    await shoot(page, `reports-page-${scheme}`);
  }
});

test("the Reports page says before export whether the report will be marked DEMO", async ({ signedInPage: page }) => {
  const id = await idOf(page.request, "models", OWL_STUDENT);
  const previewed = (modelPart: string) =>
    page.waitForResponse((response) => response.url().includes(`/api/v1/models/${modelPart}/provenance/preview`));
  const form = page.getByRole("form", { name: "New report" });

  const demo = previewed(id);
  await page.goto(`/reports?model=${id}`);
  await demo;
  const notice = form.getByTestId("demo-report-notice");
  await expect(notice).toHaveAttribute("role", "note");
  await expect(notice).toContainText("Will be marked DEMO");
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await shoot(page, `reports-demo-notice-${scheme}`, form);
  }

  // A model of the user's own, with no demo record in its provenance: no notice.
  const created = await page.request.post("/api/v1/models", {
    headers: AUTH,
    data: { name: `Acme base ${Date.now()}`, provider: "acme" },
  });
  expect(created.status()).toBe(201);
  const { id: ownId } = (await created.json()) as { id: string };
  const own = previewed(ownId);
  await page.goto(`/reports?model=${ownId}`);
  expect((await own).status()).toBe(200);
  await expect(form.getByRole("button", { name: "Generate and download" })).toBeVisible();
  await expect(form.getByTestId("demo-report-notice")).toHaveCount(0);
});

test("a viewer is offered no export and is refused one", async ({ signedInPage: page, seed }) => {
  const viewer = await seed.user("viewer", "report-viewer");
  const id = await idOf(page.request, "models", OWL_STUDENT);
  await page.context().clearCookies();
  await submitSignIn(page, viewer.email, viewer.password);
  await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 }); // a password hash, on a busy machine

  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" })).toHaveCount(0);
  await page.goto(`/models/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(OWL_STUDENT);
  await expect(page.getByRole("button", { name: "Export", exact: true })).toHaveCount(0);
  await page.goto("/traits/owl-preference");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Owl preference");
  await expect(page.getByRole("button", { name: "Export", exact: true })).toHaveCount(0);
  await page.goto(`/lineage?model=${id}`);
  await expect(page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node")).toHaveCount(5, {
    timeout: 45_000,
  });
  await expect(page.getByRole("button", { name: "Export PNG" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Export report" })).toHaveCount(0);
  await page.goto("/reports");
  await expect(page).toHaveURL(/\/forbidden\?scope=reports%3Aexport$/);

  // The session is the viewer's: the endpoints refuse with a problem document.
  const refused = await page.request.get(`/api/v1/models/${id}/provenance?format=pdf`);
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  expect((await page.request.get("/api/v1/traits/owl-preference/provenance?format=csv")).status()).toBe(403);
  expect((await page.request.get("/api/v1/reports")).status()).toBe(403);
});
