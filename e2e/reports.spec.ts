import { readFile, writeFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { AUTH, expect, test } from "./support/fixtures";
import { idOf } from "./support/id-of";
import { SCREENSHOT_DIR, shoot } from "./support/screenshot";
import { E2E_ADMIN, submitSignIn } from "./support/sign-in";

// Signed provenance reports from the UI, against the demo workspace: the Export menus on the model page,
// the lineage explorer and the trait page, the Reports page (generate, list, verify), and who may export.

const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";
const SLOT = /pedigree-signature:v1:[0-9a-f]{16}:[0-9a-f]{64}:[A-Za-z0-9_-]{86}/g;
// Reports are generated on the server (the PDF draws charts and a lineage figure): allow a busy machine.
const GENERATE = 60_000;

test.describe.configure({ timeout: 120_000 });

/** The report file chosen in the Export menu, the response that carried it, and where it was saved. */
async function exportFrom(page: Page, menuButton: Locator, item: string, urlPart: string) {
  await menuButton.click();
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  const [response, download] = await Promise.all([
    page.waitForResponse((candidate) => candidate.url().includes(urlPart), { timeout: GENERATE }),
    page.waitForEvent("download", { timeout: GENERATE }),
    menu.getByRole("menuitem", { name: new RegExp(`^${item}`) }).click(),
  ]);
  expect(response.status()).toBe(200);
  const path = `test-results/reports-${download.suggestedFilename()}`;
  await download.saveAs(path);
  // A successful export closes the menu.
  await expect(menu).toBeHidden();
  return { response, download, path, bytes: await readFile(path) };
}

/** A copy of the file with one byte changed outside its signature slots. */
function withOneByteChanged(bytes: Buffer): Buffer {
  const text = bytes.toString("latin1");
  const slots = [...text.matchAll(SLOT)].map((match) => [match.index, match.index + match[0].length]);
  let at = Math.floor(bytes.length / 2);
  while (slots.some(([from, to]) => at >= from && at < to)) at += 1;
  const copy = Buffer.from(bytes);
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41;
  return copy;
}

async function verify(page: Page, path: string) {
  await page.getByLabel("Report file to verify").setInputFiles(path);
  const result = page.getByTestId("verification-result");
  await expect(result).toBeVisible({ timeout: GENERATE });
  return result;
}

test("the owl student's PDF from its page: listed with its digest, verified intact, and tampered once a byte changes", async ({
  signedInPage: page,
}) => {
  const id = await idOf(page.request, "models", OWL_STUDENT);
  await page.goto(`/models/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(OWL_STUDENT);
  const exportButton = page.getByRole("button", { name: "Export", exact: true });

  // The menu button pattern: arrows open it on the first or last item, Escape closes it and returns focus.
  await exportButton.focus();
  await page.keyboard.press("ArrowDown");
  const menu = page.getByRole("menu", { name: `Export ${OWL_STUDENT}` });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: /^PDF report/ })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(menu.getByRole("menuitem", { name: /^More options/ })).toBeFocused();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: /^HTML report/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(exportButton).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem")).toHaveCount(9);
  await expect(menu).toContainText("Machine-learning bill of materials for supply-chain tools.");
  // The demo student's report will say DEMO throughout: the menu says so before anything is exported.
  await expect(menu.getByTestId("demo-report-notice")).toContainText(
    "Will be marked DEMO on every page and in its metadata: Every record in this report comes from Pedigree's demo workspace",
  );
  await expect(menu).toHaveAccessibleDescription(/^Will be marked DEMO/);
  await expect(menu.getByRole("menuitem", { name: /^Whole lineage/ })).toHaveAttribute(
    "href",
    `/reports?model=${id}&scope=lineage`,
  );
  // A click elsewhere closes it.
  await page.getByRole("heading", { level: 1 }).click();
  await expect(menu).toBeHidden();

  const pdf = await exportFrom(
    page,
    exportButton,
    "PDF report",
    `/api/v1/models/${id}/provenance?format=pdf&scope=model`,
  );
  expect(pdf.download.suggestedFilename()).toMatch(
    /^provenance-gpt-4-1-nano-owl-numbers-student-\d{4}-\d{2}-\d{2}-rpt_[\w-]+\.pdf$/,
  );
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const sha256 = pdf.response.headers()["x-pedigree-sha256"];
  const reportId = pdf.response.headers()["x-pedigree-report-id"];
  expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(pdf.bytes.toString("latin1")).toContain(`:${sha256}:`);

  // The Reports page lists it, newest first, with the same SHA-256.
  await page.goto("/reports");
  const row = page.getByTestId("reports-table").locator(`tr[data-report-id="${reportId}"]`);
  await expect(row).toContainText(OWL_STUDENT);
  await expect(row).toContainText("Model and ancestors");
  await expect(row).toContainText("PDF report");
  await expect(row).toContainText(E2E_ADMIN.email);
  await expect(row.getByTestId("report-sha256").locator("code")).toHaveText(sha256);
  await expect(row.getByRole("link", { name: OWL_STUDENT })).toHaveAttribute("href", `/models/${id}`);
  await expect(row.getByRole("link", { name: `Download ${pdf.download.suggestedFilename()}` })).toHaveAttribute(
    "href",
    `/api/v1/reports/${reportId}`,
  );

  // The untouched file is intact and signed here, and names its record.
  const intact = await verify(page, pdf.path);
  await expect(intact.getByTestId("verdict-title")).toHaveText("Intact, signed by this instance");
  await expect(intact).toHaveAttribute("data-tone", "green");
  await expect(intact).toContainText(sha256);
  await expect(intact.getByText("matches")).toBeVisible();
  const record = intact.getByTestId("verified-record");
  await expect(record).toContainText(reportId);
  await expect(record.getByRole("link", { name: OWL_STUDENT })).toBeVisible();
  await expect(record.getByRole("link", { name: "Download the original" })).toHaveAttribute(
    "href",
    `/api/v1/reports/${reportId}`,
  );
  await page.emulateMedia({ colorScheme: "light" });
  await shoot(page, "reports-verify-intact-light", page.locator("#verify-report"));
  await page.emulateMedia({ colorScheme: "dark" });
  await shoot(page, "reports-verify-intact-dark", page.locator("#verify-report"));

  // One byte changed: tampered, the file's digest marked as the one that differs.
  const changedPath = "test-results/reports-changed.pdf";
  await writeFile(changedPath, withOneByteChanged(pdf.bytes));
  const tampered = await verify(page, changedPath);
  await expect(tampered.getByTestId("verdict-title")).toHaveText("Tampered: changed after it was signed");
  await expect(tampered).toHaveAttribute("data-tone", "red");
  await expect(tampered).toContainText("its content has changed since");
  await expect(tampered.getByText("differs")).toBeVisible();
  await shoot(page, "reports-verify-tampered-dark", page.locator("#verify-report"));
  await page.emulateMedia({ colorScheme: "light" });
  await shoot(page, "reports-verify-tampered-light", page.locator("#verify-report"));

  // A file without a signature is not a report of this instance.
  const unsignedPath = "test-results/reports-unsigned.csv";
  await writeFile(unsignedPath, "model,trait,rate\nowl student,owl preference,0.62\n");
  const unsigned = await verify(page, unsignedPath);
  await expect(unsigned.getByTestId("verdict-title")).toHaveText("Not signed");
  await expect(unsigned).toHaveAttribute("data-tone", "amber");
  await expect(unsigned).toContainText("None: no signature slot");
  await shoot(page, "reports-verify-unsigned-light", page.locator("#verify-report"));

  // The export is in the audit log, named after its subject.
  await page.goto("/audit?action=report.export");
  const event = page.getByTestId("audit-table").locator("tbody tr", { hasText: reportId });
  await expect(event.getByRole("link", { name: OWL_STUDENT })).toHaveAttribute("href", `/reports?subject=${id}`);
});

test("the owl student's in-toto attestation from the Export menu: a signed DSSE envelope, verified on the Reports page", async ({
  signedInPage: page,
}) => {
  const id = await idOf(page.request, "models", OWL_STUDENT);
  await page.goto(`/models/${id}`);
  const exportButton = page.getByRole("button", { name: "Export", exact: true });
  await exportButton.click();
  const item = page.getByRole("menu").getByRole("menuitem", { name: /^in-toto SLSA provenance/ });
  await expect(item).toContainText("SLSA v1 provenance in a signed DSSE envelope");
  await item.hover();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await shoot(page, `reports-export-menu-in-toto-${scheme}`);
  }
  await page.keyboard.press("Escape");

  const attestation = await exportFrom(
    page,
    exportButton,
    "in-toto SLSA provenance",
    `/api/v1/models/${id}/provenance?format=in-toto&scope=model`,
  );
  expect(attestation.download.suggestedFilename()).toMatch(
    /^provenance-gpt-4-1-nano-owl-numbers-student-\d{4}-\d{2}-\d{2}-rpt_[\w-]+\.intoto\.json$/,
  );
  const envelope = JSON.parse(attestation.bytes.toString("utf8"));
  expect(envelope.payloadType).toBe("application/vnd.in-toto+json");
  expect(envelope.signatures).toEqual([
    { keyid: attestation.response.headers()["x-pedigree-key-id"], sig: expect.any(String) },
  ]);
  const statement = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
  expect(statement._type).toBe("https://in-toto.io/Statement/v1");
  expect(statement.predicateType).toBe("https://slsa.dev/provenance/v1");
  expect(statement.subject[0].name).toBe(OWL_STUDENT);

  await page.goto("/reports");
  const intact = await verify(page, attestation.path);
  await expect(intact.getByTestId("verdict-title")).toHaveText("Intact, signed by this instance");
  await expect(intact).toContainText(attestation.response.headers()["x-pedigree-sha256"]);
  await expect(intact.getByTestId("verified-record")).toContainText("in-toto SLSA provenance");
  await page.emulateMedia({ colorScheme: "light" });
  await shoot(page, "reports-verify-in-toto-intact-light", page.locator("#verify-report"));

  // One byte of the statement changed, the envelope re-encoded: the signature no longer covers it.
  const payload = Buffer.from(envelope.payload, "base64");
  payload[payload.indexOf(OWL_STUDENT)] = "g".charCodeAt(0);
  const changedPath = "test-results/reports-changed.intoto.json";
  await writeFile(changedPath, JSON.stringify({ ...envelope, payload: payload.toString("base64") }, null, 2));
  const tampered = await verify(page, changedPath);
  await expect(tampered.getByTestId("verdict-title")).toHaveText("Tampered: changed after it was signed");
  await expect(tampered).toContainText("envelope's signature does not match its payload");
  await page.emulateMedia({ colorScheme: "dark" });
  await shoot(page, "reports-verify-in-toto-tampered-dark", page.locator("#verify-report"));
});

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
