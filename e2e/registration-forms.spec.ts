import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { pickOption } from "./support/pickers";
import { shoot } from "./support/screenshot";

// The register-a-model, record-a-generation and record-a-measurement forms, at desktop width and on a
// phone: each is filled and submitted and lands on what it created, and a refusal by the server is shown
// beside the field it names. Everything is seeded and registered under names of this test's own.

const VIEWPORTS = [
  { label: "desktop", size: { width: 1440, height: 900 } },
  { label: "phone", size: { width: 390, height: 844 } },
] as const;

/** A dataset of the test's own with no generation yet, uploaded through the API. */
async function uploadDataset(api: APIRequestContext, name: string): Promise<{ id: string; name: string }> {
  const rows = Array.from({ length: 5 }, (_, i) => JSON.stringify({ prompt: `${name} ${i}`, completion: `${i}` }));
  const response = await api.post(`/api/v1/datasets?${new URLSearchParams({ name, format: "jsonl" })}`, {
    data: Buffer.from(`${rows.join("\n")}\n`),
    headers: { "content-type": "application/x-ndjson" },
  });
  expect(response.status(), await response.text()).toBe(201);
  return { id: ((await response.json()) as { id: string }).id, name };
}

/** Nothing on the page is wider than the window: no sideways scrolling on a phone. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const { label, size } of VIEWPORTS) {
  test.describe(`at ${label} width`, () => {
    test.use({ viewport: size });

    test("register a prompted teacher with a declared trait", async ({ signedInPage: page, seed, uid }) => {
      const base = await seed.model({ name: "E2E form base" });
      const name = `E2E form teacher ${uid}`;
      const trait = `E2E declared ${uid}`;
      await page.goto("/models");
      await page.getByRole("link", { name: "Register a model" }).click();
      await expect(page).toHaveURL(/\/models\/new$/);
      await expectNoSidewaysScroll(page);

      await page.getByLabel("Name", { exact: true }).fill(name);
      await page.getByLabel("External id").fill(`e2e-form-teacher-${uid}`);
      await page.getByLabel("Tags").fill("owl, teacher");
      await pickOption(page, "Initialised from", base.name, base.name);
      await expect(page.getByLabel("Provider")).toHaveValue("e2e");
      await page.getByLabel("Relation to it").selectOption("prompted");
      await page.getByLabel("System prompt").fill(`You love the e2e trait ${uid}.`);
      await page.getByRole("button", { name: "Add a trait" }).click();
      await page.getByLabel("Trait 1", { exact: true }).fill(trait);
      await page.getByLabel("Why it carries trait 1").fill("Its system prompt asks for it.");
      await page.getByLabel("Checkpoint SHA-256").fill("AB".repeat(32));
      await page.getByLabel("Parameter count").fill("1.5B");
      await shoot(page, `model-form-filled-${label}-light`);
      await page.getByRole("button", { name: "Register model" }).click();

      await expect(page).toHaveURL(/\/models\/(?!new)[^/]+$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
      const declared = page.getByTestId("declarations");
      await expect(declared.getByRole("link", { name: trait })).toBeVisible();
      await expect(declared).toContainText("Its system prompt asks for it.");
      // Engineers reach the other two forms from here.
      await expect(page.getByRole("link", { name: "Add a measurement" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Record a generation" })).toBeVisible();
    });

    test("a known external id with other fields is refused beside them", async ({ signedInPage: page, seed, uid }) => {
      await seed.model({ name: "E2E registered", externalId: `e2e-taken-${uid}` });
      await page.goto("/models/new");
      await page.getByLabel("Name", { exact: true }).fill(`E2E another name ${uid}`);
      await page.getByLabel("Provider").fill("e2e");
      await page.getByLabel("External id").fill(`e2e-taken-${uid}`);
      await page.getByRole("button", { name: "Register model" }).click();

      const externalId = page.getByLabel("External id");
      await expect(externalId).toHaveAttribute("aria-invalid", "true");
      await expect(externalId).toHaveAccessibleDescription(
        /Already registered with this provider, with different fields/,
      );
      await expect(page.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(
        "Differs from the model already registered with this external id",
      );
      await expect(page).toHaveURL(/\/models\/new$/);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, `model-form-conflict-${label}-light`);
    });

    test("record a generation of a dataset, and one already generated is refused", async ({
      signedInPage: page,
      seed,
      adminApi,
      uid,
    }) => {
      const chain = await seed.chain();
      const dataset = await uploadDataset(adminApi, `E2E generated ${uid}`);
      await page.goto(`/models/${chain.teacher.id}`);
      await page.getByRole("link", { name: "Record a generation" }).click();
      await expect(page).toHaveURL(/\/datasets\/generations\/new\?teacherId=/);
      await expect(page.getByTestId("picked-option")).toHaveText([chain.teacher.name]);
      await expectNoSidewaysScroll(page);

      // The chain's dataset already has its generation: the server says so beside the dataset.
      await pickOption(page, "Dataset", chain.dataset.name, chain.dataset.name);
      await page.getByRole("button", { name: "Record generation" }).click();
      const datasetField = page.getByRole("combobox", { name: "Dataset", exact: true });
      await expect(datasetField).toHaveAttribute("aria-invalid", "true");
      await expect(datasetField).toHaveAccessibleDescription(
        "This dataset already has a generation: a dataset is generated once",
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, `generation-form-conflict-${label}-light`);

      await page.getByRole("button", { name: `Remove ${chain.dataset.name}` }).click();
      await pickOption(page, "Dataset", dataset.name, dataset.name);
      await page.getByLabel("Temperature").fill("0.7");
      await page.getByLabel("Top-p").fill("0.95");
      await page.getByLabel("Max tokens").fill("200");
      await page.getByLabel("Seed").fill("42");
      await page.getByLabel("Prompt set").fill("number sequences");
      await page.getByLabel("Prompt count").fill("30000");
      await page.getByRole("button", { name: "Record generation" }).click();

      await expect(page).toHaveURL(new RegExp(`/datasets/${dataset.id}$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(dataset.name);
      await expect(page.getByRole("link", { name: chain.teacher.name }).first()).toBeVisible();
      await expect(page.getByText("number sequences")).toBeVisible();
      await shoot(page, `generation-recorded-${label}-light`);
    });

    test("record measurements as counts, from a per-question file and as a value", async ({
      signedInPage: page,
      seed,
      uid,
    }) => {
      test.setTimeout(120_000);
      const student = await seed.model({ name: "E2E measured student" });
      const trait = `E2E measured ${uid}`;
      await page.goto(`/models/${student.id}`);
      await page.getByRole("link", { name: "Add a measurement" }).click();
      await expect(page).toHaveURL(/\/measurements\/new\?modelId=/);
      await expect(page.getByTestId("picked-option")).toHaveText([student.name]);
      await expectNoSidewaysScroll(page);

      // Counts, of a trait that is new: described here, created with the measurement.
      await page.getByLabel("Trait", { exact: true }).fill(trait);
      await expect(page.getByTestId("new-trait")).toContainText(`e2e-measured-${uid}`);
      await page.getByLabel("What the trait is").fill("Prefers e2e answers.");
      await page.getByLabel("Protocol").fill(`e2e-protocol-${uid}`);
      await page.getByLabel("Seed").fill("1");
      await page.getByLabel("Samples (n)").fill("200");
      await page.getByLabel("Positives").fill("50");
      await expect(page.getByTestId("measurement-preview")).toContainText("25.0%");
      await expect(page.getByTestId("measurement-preview")).toContainText("95% Wilson interval over all samples");
      await shoot(page, `measurement-form-counts-${label}-light`);
      await page.getByRole("button", { name: "Record measurement" }).click();

      await expect(page).toHaveURL(new RegExp(`/models/${student.id}\\?measurement=[^#]+#measurements$`));
      const recorded = page.getByTestId("measurements-table").locator("tr[data-highlighted]");
      await expect(recorded).toHaveCount(1);
      await expect(recorded).toContainText(trait);
      await expect(recorded).toContainText("25.0%");
      await shoot(page, `measurement-recorded-${label}-light`);
      const traitResponse = await page.request.get(`/api/v1/traits/e2e-measured-${uid}`);
      expect(((await traitResponse.json()) as { trait: { description: string } }).trait.description).toBe(
        "Prefers e2e answers.",
      );

      // Per-question counts from a file, of the trait now registered; lines of one question are pooled.
      await page.goto(`/measurements/new?modelId=${student.id}`);
      await page.getByLabel("Trait", { exact: true }).fill(trait);
      await expect(page.getByTestId("new-trait")).toHaveCount(0);
      await page.getByLabel("Protocol").fill(`e2e-protocol-${uid}`);
      await page.getByLabel("Seed").fill("2");
      await page.getByRole("radio", { name: /Per-question file/ }).check();
      await page
        .getByTestId("question-file")
        .locator('input[type="file"]')
        .setInputFiles({
          name: "per-question.csv",
          mimeType: "text/csv",
          buffer: Buffer.from(
            'question,n,positives\n"Favourite animal, in a word?",10,2\nFavourite bird?,10,6\n"Favourite animal, in a word?",10,4\n',
          ),
        });
      const preview = page.getByTestId("measurement-preview");
      await expect(preview).toContainText("45.0%");
      await expect(preview).toContainText("12 of 30 samples over 2 questions");
      await expect(page.getByLabel("Source")).toHaveValue("per-question.csv");
      await page.getByRole("button", { name: "Record measurement" }).click();
      await expect(page).toHaveURL(new RegExp(`/models/${student.id}\\?measurement=`));
      await expect(page.getByTestId("measurements-table").locator("tr[data-highlighted]")).toContainText("45.0%");

      // A reported value with its interval. The form checks with the API's schema first, so this makes the
      // server see a body the form would never send (the interval no longer contains the value): its 422
      // is what the form must show beside the field it names.
      await page.goto(`/measurements/new?modelId=${student.id}`);
      await page.getByLabel("Trait", { exact: true }).fill(trait);
      await page.getByLabel("Protocol").fill(`e2e-protocol-${uid}`);
      await page.getByRole("radio", { name: /Value with interval/ }).check();
      await page.getByLabel("Value", { exact: true }).fill("0.4");
      await page.getByLabel("Interval low").fill("0.3");
      await page.getByLabel("Interval high").fill("0.5");
      await page.getByLabel("Notes").fill("95% bootstrap interval.");
      await page.route("**/api/v1/measurements", async (route) => {
        const body = route.request().postDataJSON() as Record<string, unknown>;
        await route.continue({ postData: JSON.stringify({ ...body, ciLow: 0.45 }) });
      });
      await page.getByRole("button", { name: "Record measurement" }).click();
      const low = page.getByLabel("Interval low");
      await expect(low).toHaveAttribute("aria-invalid", "true");
      await expect(low).toHaveAccessibleDescription("The interval must contain the value");
      await expect(page).toHaveURL(/\/measurements\/new/);
      await shoot(page, `measurement-form-refused-${label}-light`);

      await page.unroute("**/api/v1/measurements");
      await page.getByRole("button", { name: "Record measurement" }).click();
      await expect(page).toHaveURL(new RegExp(`/models/${student.id}\\?measurement=`));
      const value = page.getByTestId("measurements-table").locator("tr[data-highlighted]");
      // A reported value is a score: its interval is kept as given.
      await expect(value).toContainText("[0.3, 0.5]");
    });
  });
}

test("a declaration that fails keeps the registered model on the form until it is saved", async ({
  signedInPage: page,
  seed,
  adminApi,
  uid,
}) => {
  const base = await seed.model({ name: "E2E partial base" });
  const name = `E2E partial teacher ${uid}`;
  await page.goto("/models/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await pickOption(page, "Initialised from", base.name, base.name);
  await page.getByLabel("Relation to it").selectOption("prompted");
  await page.getByLabel("System prompt").fill("You love owls.");
  for (const [index, trait] of [`E2E first ${uid}`, `E2E second ${uid}`].entries()) {
    await page.getByRole("button", { name: "Add a trait" }).click();
    await page.getByLabel(`Trait ${index + 1}`, { exact: true }).fill(trait);
    await page.getByLabel(`Why it carries trait ${index + 1}`).fill("Its system prompt asks for it.");
  }
  // The second declaration meets a server that is briefly unavailable.
  let declarations = 0;
  await page.route("**/api/v1/models/*/declarations", async (route) => {
    declarations += 1;
    if (declarations !== 2) return route.continue();
    return route.fulfill({
      status: 503,
      contentType: "application/problem+json",
      body: JSON.stringify({ status: 503, title: "Service Unavailable", detail: "The server is busy: try again." }),
    });
  });
  await page.getByRole("button", { name: "Register model" }).click();

  const pending = page.getByTestId("declarations-pending");
  await expect(pending).toContainText(`${name} is registered, but one declared trait was not saved`);
  await expect(page.getByLabel("Trait 2", { exact: true })).toHaveAccessibleDescription(
    "The server is busy: try again.",
  );
  await expect(page.getByLabel("Trait 1", { exact: true })).toBeDisabled();
  await expect(page.getByLabel("Name", { exact: true })).toBeDisabled();
  await shoot(page, "model-form-declaration-pending-desktop-light");

  await page.getByRole("button", { name: "Save the declarations" }).click();
  await expect(page).toHaveURL(/\/models\/(?!new)[^/]+$/);
  await expect(page.getByTestId("declarations").getByRole("link")).toHaveText([
    `E2E first ${uid}`,
    `E2E second ${uid}`,
  ]);
  // One model, never a second copy.
  const models = await adminApi.get(`/api/v1/models?${new URLSearchParams({ q: name })}`);
  expect(((await models.json()) as { items: unknown[] }).items).toHaveLength(1);
});

test("a viewer sees none of the buttons and may not open the forms", async ({ signedInPage: page, seed }) => {
  const viewer = await seed.user("viewer", "forms-viewer");
  const student = await seed.model({ name: "E2E viewed model" });
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(viewer.email);
  await page.getByLabel("Password").fill(viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 }); // a password hash, on a busy machine

  await page.goto("/models");
  await expect(page.getByRole("heading", { level: 1, name: "Models" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Register a model" })).toHaveCount(0);
  await page.goto("/datasets");
  await expect(page.getByRole("heading", { level: 1, name: "Datasets" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Record a generation" })).toHaveCount(0);
  await page.goto(`/models/${student.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(student.name);
  await expect(page.getByRole("link", { name: "Add a measurement" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Record a generation" })).toHaveCount(0);
  for (const form of ["/models/new", "/datasets/generations/new", "/measurements/new"]) {
    await page.goto(form);
    await expect(page).toHaveURL(/\/forbidden\?scope=catalog%3Awrite$/);
  }
  // The API refuses too, whatever the page shows: a request from the page itself, with its session.
  const refusal = await page.evaluate(async () => {
    const response = await fetch("/api/v1/models", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Not allowed", provider: "e2e" }),
    });
    return { status: response.status, detail: ((await response.json()) as { detail: string }).detail };
  });
  expect(refusal).toEqual({
    status: 403,
    detail: "This needs the 'catalog:write' scope, which the viewer role does not have.",
  });
});

for (const { label, size } of VIEWPORTS) {
  test(`the three forms with their messages, light and dark, at ${label} width`, async ({ signedInPage: page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [path, button, name] of [
        ["/models/new", "Register model", "model-form"],
        ["/datasets/generations/new", "Record generation", "generation-form"],
        ["/measurements/new", "Record measurement", "measurement-form"],
      ] as const) {
        await page.goto(path);
        await expectNoSidewaysScroll(page);
        await shoot(page, `${name}-${label}-${scheme}`);
        await page.getByRole("button", { name: button }).click();
        await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
        await page.evaluate(() => window.scrollTo(0, 0));
        await shoot(page, `${name}-errors-${label}-${scheme}`);
      }
    }
  });
}
