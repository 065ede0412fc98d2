import { writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { idOf } from "./support/id-of";
import { exportFrom, GENERATE, OWL_STUDENT, SLOT } from "./support/report-export";
import { shoot } from "./support/screenshot";
import { E2E_ADMIN } from "./support/sign-in";

// Signed provenance reports checked on the Reports page, against the demo workspace: the owl student's PDF
// and its in-toto attestation, each verified intact and found tampered once a byte changes.
// (Export menus and formats: e2e/report-exports.spec.ts.)

test.describe.configure({ timeout: 120_000 });

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
