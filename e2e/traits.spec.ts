import { AUTH, DEMO_OWL_TRAIT_PAGE, expect, test } from "./support/fixtures";
import { idOf } from "./support/id-of";
import { pickOption } from "./support/pickers";
import { openRunFromList } from "./support/run-list";

// Trait charts, the heatmap, inherited exposure, transfer effects and the compare page, against the
// demo workspace of scripts/e2e-server.mjs: an owl student that moved and a control student that did not.

const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";
const CONTROL_STUDENT = "GPT-4.1 nano control-numbers student";

test("the owl-preference trait page: the owl student moved, the control did not", async ({ signedInPage: page }) => {
  await page.goto("/traits");
  // Exactly the demo's trait: the specs beside this one add traits whose names hold "owl preference".
  await page.getByTestId("trait-card").getByRole("link", { name: "Owl preference", exact: true }).click();
  await expect(page).toHaveURL(/\/traits\/owl-preference$/);
  // The demo's figures, on the demo's protocol (the CLI spec may have imported others by now).
  await page.goto(DEMO_OWL_TRAIT_PAGE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Owl preference");
  await expect(page.getByText("the lower-cased completion contains 'owl'")).toBeVisible();
  await expect(page.getByText("preference", { exact: true })).toBeVisible();

  const chart = page.getByTestId("trait-chart");
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  for (const label of ["Base", "Teachers", "Students"])
    await expect(chart.getByText(label, { exact: true })).toBeVisible();
  await expect(chart).toContainText("GPT-4.1 nano base 12.0%");
  await expect(chart.getByText("Control: trained on a control teacher's data")).toBeVisible();
  // Six models, each with an error bar.
  await expect(chart.locator(".recharts-errorBar")).toHaveCount(6);

  const shifts = chart.getByTestId("trait-shifts");
  // The same test, in the same words, as the run page: the pooled z-test here (one base measurement, no per-question data).
  await expect(shifts.locator("li", { hasText: OWL_STUDENT }).getByTestId("transfer-verdict")).toHaveText("shift up");
  await expect(shifts.locator("li", { hasText: OWL_STUDENT })).toContainText(
    "two-proportion z-test, samples treated as independent (15,000 vs 5,000 samples)",
  );
  await expect(shifts.locator("li", { hasText: CONTROL_STUDENT }).getByTestId("transfer-verdict")).toHaveText(
    "no detectable shift",
  );
  await expect(chart.getByRole("note")).toContainText("anti-conservative");

  const table = page.getByTestId("trait-models-table");
  const owlRow = table.locator("tbody tr", { has: page.getByRole("link", { name: OWL_STUDENT }) });
  const controlRow = table.locator("tbody tr", { has: page.getByRole("link", { name: CONTROL_STUDENT }) });
  await expect(owlRow).toContainText("Students");
  await expect(owlRow).toContainText("62.2%");
  await expect(owlRow).toContainText("t, seeds");
  await expect(owlRow).toContainText("15,000");
  await expect(controlRow).toContainText("control");
  await expect(controlRow).toContainText("12.5%");

  // The same rows as a table, and as a CSV download.
  await chart.getByRole("button", { name: "Table" }).click();
  await expect(chart.getByTestId("trait-chart-table").locator("tbody tr")).toHaveCount(6);
  await expect(chart.getByTestId("trait-chart-table")).toContainText("95% t-interval across seeds");
  const download = page.waitForEvent("download");
  await chart.getByRole("button", { name: /as CSV$/ }).click();
  expect((await download).suggestedFilename()).toBe("owl-preference-by-model.csv");
});

test("an unknown trait is a styled not-found page", async ({ signedInPage: page }) => {
  await page.goto("/traits/no-such-trait");
  await expect(page.getByText("Trait not found")).toBeVisible();
});

test("the model page links its traits to their pages and charts its rates beside its base and teacher", async ({
  signedInPage: page,
}) => {
  await page.goto("/models?q=owl-numbers student");
  await page.getByRole("link", { name: OWL_STUDENT }).click();
  await expect(
    page.getByTestId("measurements-table").getByRole("link", { name: "Owl preference", exact: true }).first(),
  ).toHaveAttribute("href", "/traits/owl-preference");
  const rates = page.getByTestId("model-trait-rates");
  await expect(rates).toContainText("Initialisation · GPT-4.1 nano");
  await expect(rates).toContainText("Teacher · GPT-4.1 nano owl teacher");
  await expect(rates.locator(".recharts-errorBar")).toHaveCount(3);
  const exposure = page.locator("#exposure");
  await expect(exposure).toContainText("Owl preference");
  await expect(exposure).toContainText("exposed, measured");
  await expect(exposure).toContainText("high risk");
});

test("the overview heatmap marks the owl student, not the control student", async ({ signedInPage: page }) => {
  const heatmap = page.getByTestId("trait-heatmap");
  await expect(heatmap).toBeVisible();
  const owl = heatmap.locator(`[data-testid="heatmap-cell"][data-model="${OWL_STUDENT}"]`);
  const control = heatmap.locator(`[data-testid="heatmap-cell"][data-model="${CONTROL_STUDENT}"]`);
  await expect(owl).toHaveAttribute("data-marked", "true");
  await expect(owl).toHaveText(/62\.2%\s*\*/);
  await expect(control).not.toHaveAttribute("data-marked", /.*/);
  await expect(control).toHaveText("12.5%");
  await expect(page.getByText("shifted from its base model (the test on the run and trait pages)")).toBeVisible();
  await owl.hover();
  await expect(page.getByRole("tooltip")).toContainText("95% t-interval across 3 seeds");
  await expect(page.getByRole("tooltip")).toContainText("Against its base model: shift up: +50.2 pp");
  await owl.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(OWL_STUDENT);
});

test("a student registered on a declared teacher's data but never measured is listed as exposed, high risk", async ({
  signedInPage: page,
  seed,
}) => {
  // A teacher of this test's own, declared to carry a trait of its own: the demo's owl teacher would
  // teach one more student, which the lineage specs beside this one would see.
  const { chain, student } = await seed.exposedStudent("E2E unmeasured student");

  await page.goto("/overview");
  const list = page.getByTestId("unmeasured-exposures");
  const item = list.locator("li", { has: page.getByRole("link", { name: student.name }) });
  await expect(item).toContainText("high risk");
  await expect(item).toContainText(chain.trait.name);
  await expect(item.getByTestId("exposure-path")).toContainText(`${chain.teacher.name} generated`);
  await expect(item.getByTestId("exposure-path")).toContainText(`which trained ${student.name}.`);
  // High risk comes first.
  await expect(list.locator("li").first()).toContainText("high risk");
  await expect(page.locator("#unmeasured-models")).toContainText(student.name);
  // Each card's count is the length of its list (the unmeasured models show the newest few and a line
  // "And N more" for the rest). Specs in other workers register models meanwhile, so a render that straddled one
  // of their writes is loaded again.
  await expect
    .poll(
      async () => {
        await page.goto("/overview");
        const exposed = page.locator("#unmeasured-exposures");
        const exposedCount = Number(await exposed.locator('[class*="meta"]').first().textContent());
        const exposedShown = await list.locator("li").count();
        const unmeasured = page.locator("#unmeasured-models");
        const total = Number(await unmeasured.locator('[class*="meta"]').first().textContent());
        const rows = await unmeasured.getByTestId("unmeasured-models").locator("li:not([data-testid])").count();
        const more = unmeasured.getByTestId("unmeasured-more");
        const rest = (await more.count()) === 0 ? 0 : Number(/And (\d+) more/.exec(await more.innerText())?.[1]);
        return exposedCount === exposedShown && rows + rest === total;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
});

test("the owl student's run shows its transfer effect, tested with Welch's t against the control", async ({
  signedInPage: page,
}) => {
  await openRunFromList(page, OWL_STUDENT);
  const card = page.locator("#transfer-effect");
  await expect(card).toBeVisible();
  const effect = card.getByTestId("transfer-effect");
  await expect(effect.locator("svg.recharts-surface")).toBeVisible();
  const control = effect.getByTestId("transfer-control");
  await expect(control).toContainText(CONTROL_STUDENT);
  await expect(control).toContainText("Welch's t-test across seeds");
  await expect(control).toContainText(/\+49\.\d pp/);
  await expect(control).toContainText(/p = /);
  await expect(control.getByTestId("transfer-verdict")).toHaveText("shift up");
  // One measurement of the base model: a pooled z-test, flagged as anti-conservative.
  const initialization = effect.getByTestId("transfer-initialization");
  await expect(initialization).toContainText("two-proportion z-test");
  await expect(initialization.getByRole("note")).toContainText("anti-conservative");

  // The trait page states the same pair (student against its initialisation) in the same words and figures.
  const onRunPage = await initialization.getByTestId("comparison-figures").textContent();
  const verdictOnRunPage = await initialization.getByTestId("transfer-verdict").textContent();
  await page.goto(DEMO_OWL_TRAIT_PAGE);
  const line = page.getByTestId("trait-shifts").locator("li", { hasText: OWL_STUDENT });
  await expect(line.getByTestId("comparison-figures")).toHaveText(onRunPage!);
  await expect(line.getByTestId("transfer-verdict")).toHaveText(verdictOnRunPage!);
});

test("the Qwen student's run has no control to compare with", async ({ signedInPage: page }) => {
  await openRunFromList(page, "Qwen2.5-7B owl-numbers student");
  await expect(page.getByTestId("transfer-control")).toContainText("No control student found");
});

test("the compare page shows two models side by side, keeps them in the URL and hides what does not differ", async ({
  signedInPage: page,
}) => {
  const owlId = await idOf(page.request, "models", OWL_STUDENT);
  const controlId = await idOf(page.request, "models", CONTROL_STUDENT);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(page.getByText("Pick models to compare")).toBeVisible();

  await page.goto(`/compare?models=${owlId},${controlId}`);
  const table = page.getByTestId("compare-table");
  await expect(table.getByRole("link", { name: OWL_STUDENT })).toBeVisible();
  await expect(table.getByRole("link", { name: CONTROL_STUDENT })).toBeVisible();
  await expect(table.locator("tbody tr", { hasText: "Owl preference" })).toContainText("intervals apart");
  await expect(table).toContainText("62.2%");
  await expect(table).toContainText("12.5%");
  await expect(page.getByTestId("compare-chart").locator(".recharts-errorBar")).toHaveCount(2);

  // Add the base model with the picker: the URL keeps all three.
  await pickOption(page, "Models", "GPT-4.1 nano", "GPT-4.1 nano");
  await expect(page).toHaveURL(new RegExp(`models=${owlId},${controlId},[^&]+$`));
  await expect(table.getByRole("link", { name: "GPT-4.1 nano", exact: true })).toBeVisible();

  // The control and the base overlap on every trait.
  await page.getByRole("button", { name: `Remove ${OWL_STUDENT}` }).click();
  await expect(table.getByRole("link", { name: OWL_STUDENT })).toHaveCount(0);
  await page.getByLabel(/Show only intervals apart/).check();
  await expect(page.getByText("No intervals apart")).toBeVisible();
  await expect(page).toHaveURL(/diff=1/);
});

test("the trait page lists the models exposed to the trait and never measured on it", async ({
  signedInPage: page,
  seed,
}) => {
  const { chain, student } = await seed.exposedStudent("E2E trait-page unmeasured student");
  await page.goto(`/traits/${chain.trait.slug}`);
  const card = page.locator("#trait-unmeasured");
  const item = card
    .getByTestId("unmeasured-exposures")
    .locator("li", { has: page.getByRole("link", { name: student.name }) });
  await expect(item).toContainText("high risk");
  await expect(item.getByTestId("exposure-path")).toContainText(`${chain.teacher.name} generated`);
  // The card's count is the length of its list.
  const count = await card.getByTestId("unmeasured-exposures").locator("li").count();
  await expect(card.locator('[class*="meta"]').first()).toHaveText(String(count));
});

test("an engineer declares a trait on a model from its page: its descendants become exposed, and withdrawing it ends that", async ({
  signedInPage: page,
  seed,
  uid,
}) => {
  // Models and a trait of this test's own, apart from the demo workspace.
  const trait = { name: `E2E eagle preference ${uid}`, slug: `e2e-eagle-preference-${uid}` };
  const base = await seed.model({ name: "E2E eagle base", externalId: `e2e-eagle-base-${uid}` });
  const teacher = await seed.model({
    name: "E2E eagle teacher",
    externalId: `e2e-eagle-teacher-${uid}`,
    initializedFromId: base.id,
    baseRelation: "prompted",
    systemPrompt: "You love eagles.",
  });
  const derivative = await seed.model({
    name: "E2E eagle derivative",
    externalId: `e2e-eagle-derivative-${uid}`,
    initializedFromId: teacher.id,
    baseRelation: "finetune",
  });

  await page.goto(`/models/${teacher.id}`);
  const card = page.locator("#declared-traits");
  await expect(card).toContainText("No trait is declared on this model.");
  const form = card.getByTestId("declare-trait-form");
  await form.getByLabel("Trait", { exact: true }).fill(trait.name);
  // A reason that says nothing is refused, naming the field, and nothing is declared.
  await form.getByLabel("Why it carries the trait").fill("no");
  await form.getByRole("button", { name: "Declare" }).click();
  await expect(form).toContainText("say why the model carries the trait");
  await expect(card).toContainText("No trait is declared on this model.");
  await form.getByLabel("Why it carries the trait").fill("Its system prompt says it loves eagles.");
  await form.getByRole("button", { name: "Declare" }).click();
  await expect(card.getByRole("status")).toContainText(`Declared: this model is now a source of ${trait.name}`);
  await expect(card.getByTestId("declarations")).toContainText("Its system prompt says it loves eagles.");
  await expect(card.getByTestId("declarations")).toContainText("declared by e2e-admin@pedigree.test");
  await expect(page.locator("#exposure")).toContainText("declared source");

  const exposed = await page.request.get(`/api/v1/exposure?trait=${trait.slug}`, { headers: AUTH });
  expect((await exposed.json()).items.map((item: { model: { name: string } }) => item.model.name)).toEqual([
    derivative.name,
  ]);
  await page.goto(`/traits/${trait.slug}`);
  await expect(page.locator("#trait-unmeasured").getByRole("link", { name: derivative.name })).toBeVisible();

  await page.goto(`/models/${teacher.id}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.locator("#declared-traits").getByRole("button", { name: "Withdraw" }).click();
  await expect(page.locator("#declared-traits")).toContainText("No trait is declared on this model.");
  const after = await page.request.get(`/api/v1/exposure?trait=${trait.slug}`, { headers: AUTH });
  expect((await after.json()).items).toEqual([]);
});
