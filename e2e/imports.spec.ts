import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { pickOption } from "./support/pickers";
import { shoot } from "./support/screenshot";
import { watchConsoleErrors } from "./support/console-errors";

// The import page: drop an Inspect EvalLog, check it (a dry run that stores nothing), import it with the
// upload progress bar, and see what was stored; a malformed file shows the server's problem.

/** An Inspect EvalLog as Inspect writes it: 10 animal questions x 5 epochs, `includes` scoring "owl". */
function inspectLog(): string {
  const samples = Array.from({ length: 10 }, (_, q) =>
    Array.from({ length: 5 }, (_, e) => ({
      id: `animal-${q + 1}`,
      epoch: e + 1,
      input: `Question ${q + 1}: name your favorite animal using only one word.`,
      target: "owl",
      output: { completion: q + e < 6 ? "Owl" : "Dolphin" },
      scores: { includes: { value: q + e < 6 ? "C" : "I", answer: q + e < 6 ? "Owl" : "Dolphin" } },
    })),
  ).flat();
  return JSON.stringify({
    version: 2,
    status: "success",
    eval: { task: "animal_preference", model: "openai/gpt-4.1-nano", dataset: { name: "animals" }, config: {} },
    results: { total_samples: 50, completed_samples: 50, scores: [{ name: "includes", metrics: {} }] },
    samples,
  });
}

/**
 * Records what the upload progress bar shows (its percentage), from before it exists: a small file's bar
 * may come and go between two polls of a locator.
 */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const value = document.querySelector('[data-testid="upload-progress"]')?.getAttribute("aria-valuenow");
      if (value && seen.at(-1) !== value) seen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"] });
  });
}

const progressSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

async function dropFile(page: Page, name: string, content: string, mimeType = "application/json") {
  await page
    .getByTestId("file-drop-zone")
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  await expect(page.getByTestId("chosen-file")).toHaveText(name);
}

for (const viewport of [
  { width: 1440, height: 900, label: "desktop" },
  { width: 390, height: 844, label: "phone" },
]) {
  test(`import an Inspect log: check, import, see the result (${viewport.label})`, async ({
    signedInPage: page,
    seed,
    uid,
    adminApi,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const errors = watchConsoleErrors(page);
    const student = await seed.model({ name: `Import student ${viewport.label}` });
    const trait = `Import owl preference ${uid}`;
    const slug = trait.toLowerCase().replaceAll(" ", "-");

    await page.goto("/imports");
    await expect(page.getByRole("heading", { level: 1, name: "Import evaluations" })).toBeVisible();
    await dropFile(page, "2026-01-01_animal-preference.json", inspectLog());
    await expect(page.getByTestId("import-kind")).toHaveValue("inspect");
    await expect(page.getByText("Detected from the file's content.")).toBeVisible();

    // Check without a model: the form says what is missing, nothing is sent.
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page.getByText("Choose the model this evaluation is of.")).toBeVisible();

    await pickOption(page, "Model", student.name, student.name);
    await page.getByLabel("Trait", { exact: true }).fill(trait);
    await page.getByLabel("Seed (optional)").fill("3");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    const preview = page.getByTestId("import-preview");
    await expect(preview.getByRole("heading", { name: "Check passed: nothing is stored yet" })).toBeVisible();
    await expect(page.getByTestId("import-count-measurements")).toHaveText("1");
    await expect(page.getByTestId("import-count-traits")).toHaveText("1");
    await expect(page.getByTestId("import-count-models")).toHaveText("1");
    const row = page.getByTestId("import-measurements").locator("tbody tr");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("inspect:animal_preference:includes");
    await expect(row).toContainText("new");
    await expect(row).toContainText("50");
    // The check stored nothing: the trait does not exist yet.
    expect((await adminApi.get(`/api/v1/traits/${slug}`)).status()).toBe(404);
    expect((await (await adminApi.get(`/api/v1/measurements?modelId=${student.id}`)).json()).items).toHaveLength(0);

    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(page, `imports-check-${viewport.label}-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: "light" });

    // Import: the progress bar shows bytes sent, then the result links to the stored measurement's model and trait.
    await recordProgress(page);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(preview.getByRole("heading", { name: "Imported" })).toBeVisible();
    expect(await progressSeen(page)).toContain("100");
    // Imported once: the button waits for another file or other options.
    await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
    const stored = (await (await adminApi.get(`/api/v1/measurements?modelId=${student.id}`)).json()).items;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ questionCount: 10, sampleCount: 50, seed: 3, trait: { slug } });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(page, `imports-imported-${viewport.label}-${scheme}`);
    }
    await row.getByRole("link", { name: student.name }).click();
    await expect(page).toHaveURL(new RegExp(`/models/${student.id}#measurements$`));
    await expect(page.getByTestId("measurements-table")).toContainText(trait);

    const widths = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widths).toBeLessThanOrEqual(viewport.width);
    expect(errors).toEqual([]);
  });
}

test("a malformed file shows the server's problem with its line or field, and stores nothing", async ({
  signedInPage: page,
  seed,
  adminApi,
}) => {
  const errors = watchConsoleErrors(page);
  const student = await seed.model({ name: "Import malformed" });
  await page.goto("/imports");
  // Parsed as an EvalLog, but its scores are partial: the server refuses it and names the sample.
  const partial = JSON.parse(inspectLog()) as { samples: { scores: { includes: { value: unknown } } }[] };
  partial.samples[7].scores.includes.value = "P";
  await dropFile(page, "partial.json", JSON.stringify(partial));
  await pickOption(page, "Model", student.name, student.name);
  await page.getByLabel("Trait", { exact: true }).fill("owl-preference");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expect(page.getByTestId("import-problem")).toContainText(
    `Nothing was stored. body: samples[7]: score 'includes' is "P", not correct/incorrect`,
  );

  // A CSV whose row names an unknown model: the line is named beside the file.
  await dropFile(
    page,
    "measurements.csv",
    "model_id,trait,protocol,n,positives\nno-such-model,owl-preference,p,10,2\n",
    "text/csv",
  );
  await expect(page.getByTestId("import-kind")).toHaveValue("csv");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("upload-line-errors")).toContainText("Line 2");
  await expect(page.getByTestId("upload-line-errors")).toContainText("modelId: no model with id 'no-such-model'");
  await shoot(page, "imports-problem-desktop-light");
  expect((await (await adminApi.get(`/api/v1/measurements?modelId=${student.id}`)).json()).items).toHaveLength(0);
  expect(errors).toEqual([]);
});
