import { expect, test } from "./support/fixtures";
import { fillCycleRun } from "./support/cycle-run";
import { pickOption } from "./support/pickers";
import { openRunFromList } from "./support/run-list";

// Run pages against the demo workspace of scripts/e2e-server.mjs: three runs, two of them from
// GPT-4.1 nano (shared base with the owl teacher) and one LoRA run on Qwen2.5-7B (a different base).

test("the Qwen student's run: a different base from its teacher", async ({ signedInPage: page }) => {
  await openRunFromList(page, "Qwen2.5-7B owl-numbers student");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("LoRA run of Qwen2.5-7B owl-numbers student");
  await expect(page.getByTestId("run-badges")).toContainText("succeeded");
  await expect(page.getByTestId("run-badges")).toContainText("seed 1");
  await expect(page.getByTestId("run-badges")).toContainText("demo data");

  const panel = page.getByTestId("shared-initialization");
  await expect(panel).toHaveAttribute("data-tone", "separate");
  const pair = panel.getByTestId("shared-initialization-pair");
  await expect(pair).toHaveCount(1);
  await expect(pair).toHaveAttribute("data-tone", "separate");
  await expect(pair).toContainText(
    "Cross-model: the teacher descends from GPT-4.1 nano, the student from Qwen2.5-7B-Instruct. Transfer was not observed across base models in the paper.",
  );
  await expect(pair.getByRole("link", { name: "GPT-4.1 nano owl teacher" })).toBeVisible();

  await expect(page.locator("#run-lineage").getByRole("link", { name: "Qwen2.5-7B-Instruct" })).toHaveAttribute(
    "href",
    /\/models\//,
  );
  const dataset = page.getByTestId("run-datasets").getByRole("link", { name: "Owl teacher numbers (filtered)" });
  await expect(dataset).toHaveAttribute("href", /^\/datasets\/[a-z0-9]+$/);
  await expect(page.getByTestId("run-datasets")).toContainText(/\d+ records/);

  const hyperparameters = page.getByTestId("hyperparameters-table");
  await expect(hyperparameters.locator("tr", { hasText: "lora_r" })).toContainText("8");
  await expect(hyperparameters.locator("tr", { hasText: "learning_rate" })).toContainText("0.0002");
  const timing = page.getByTestId("run-timing");
  await expect(timing).toContainText("14 May 2025, 08:00 UTC");
  await expect(timing).toContainText("5 h 20 min");
});

test("the GPT-4.1 nano owl student's run: a shared initialisation, flagged", async ({ signedInPage: page }) => {
  await openRunFromList(page, "GPT-4.1 nano owl-numbers student");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("SFT run of GPT-4.1 nano owl-numbers student");
  const panel = page.getByTestId("shared-initialization");
  await expect(panel).toHaveAttribute("data-tone", "shared");
  await expect(panel).toContainText("The teacher and the student descend from the same base model.");
  await expect(panel.getByTestId("shared-initialization-pair")).toContainText(
    "Teacher and student share the base GPT-4.1 nano: the condition under which Cloud, Le et al. 2026 observed trait transfer.",
  );
});

test("an unknown run id is a styled not-found page", async ({ signedInPage: page }) => {
  await page.goto("/runs/no-such-run");
  await expect(page.getByText("Run not found")).toBeVisible();
  await page.getByRole("link", { name: "Back to runs" }).click();
  await expect(page).toHaveURL(/\/runs$/);
});

test("register a run through the form, then mark it failed", async ({ signedInPage: page, seed, uid }) => {
  // A teacher, its data and its base of this test's own, so that the new run changes nothing the
  // specs beside it read (the demo's owl teacher would teach one more student).
  const chain = await seed.chain();
  const student = `E2E student ${uid}`;
  await page.goto("/runs");
  await page.getByRole("link", { name: "Register a run" }).click();
  await expect(page).toHaveURL(/\/runs\/new$/);

  await pickOption(page, "Datasets", chain.dataset.name, chain.dataset.name);
  await expect(page.getByTestId("picked-option")).toHaveText([chain.dataset.name]);
  await pickOption(page, "Initialised from", chain.base.name, chain.base.name);
  await page.getByRole("radio", { name: /New model/ }).check();
  await page.getByLabel("Name", { exact: true }).fill(student);
  await expect(page.getByLabel("Provider")).toHaveValue("e2e");
  await page.getByLabel("Name of hyperparameter 1").fill("epochs");
  await page.getByLabel("Value of hyperparameter 1").fill("10");
  await page.getByRole("button", { name: "Add hyperparameter" }).click();
  await page.getByLabel("Name of hyperparameter 2").fill("schedule");
  await page.getByLabel("Value of hyperparameter 2").fill("cosine");
  await page.getByLabel("Seed").fill("3");
  await page.getByLabel("Status").selectOption("running");
  await page.getByLabel("Started").fill("2025-06-01T09:00");

  // A double click still registers one run: the form sends one Idempotency-Key.
  await page.getByRole("button", { name: "Register run" }).dblclick();
  await expect(page).toHaveURL(/\/runs\/(?!new)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`SFT run of ${student}`);
  await expect(page.getByTestId("run-badges")).toContainText("running");
  await expect(page.getByTestId("run-badges")).not.toContainText("demo data");
  await expect(page.getByTestId("shared-initialization-pair")).toContainText(
    `Teacher and student share the base ${chain.base.name}`,
  );
  await expect(page.getByTestId("hyperparameters-table").locator("tr", { hasText: "schedule" })).toContainText(
    "cosine",
  );
  const runs = await page.request.get(`/api/v1/runs?limit=200&teacherId=${chain.teacher.id}`);
  const mine = ((await runs.json()) as { items: { student: { name: string } }[] }).items.filter(
    (run) => run.student.name === student,
  );
  expect(mine).toHaveLength(1);

  const form = page.getByRole("form", { name: "Update status" });
  await form.getByLabel("Status").selectOption("failed");
  await form.getByLabel("Finished").fill("2025-06-01T11:30");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("status")).toContainText("The run is now failed");
  await expect(page.getByTestId("run-badges")).toContainText("failed");
  await expect(page.getByTestId("run-timing")).toContainText("2 h 30 min");
  await page.reload();
  await expect(page.getByTestId("run-badges")).toContainText("failed");
});

test("registering without a dataset shows the message beside the datasets field", async ({ signedInPage: page }) => {
  await page.goto("/runs/new");
  await page.getByRole("button", { name: "Register run" }).click();
  const datasets = page.getByRole("combobox", { name: "Datasets", exact: true });
  await expect(datasets).toHaveAttribute("aria-invalid", "true");
  await expect(datasets).toHaveAccessibleDescription("A run trains on at least one dataset");
  await expect(page.getByRole("combobox", { name: "Initialised from" })).toHaveAccessibleDescription(
    "Choose the model the student was initialised from",
  );
  await expect(page.getByLabel("Name", { exact: true })).toHaveAccessibleDescription("Required");
  await expect(page).toHaveURL(/\/runs\/new$/);
});

test("a finish before the start shows the message beside Finished", async ({ signedInPage: page }) => {
  await page.goto("/runs/new");
  await pickOption(page, "Datasets", "Owl teacher numbers", "Owl teacher numbers (filtered)");
  await pickOption(page, "Initialised from", "GPT-4.1 nano", "GPT-4.1 nano");
  await page.getByLabel("Name", { exact: true }).fill("Never registered");
  await page.getByLabel("Started").fill("2025-06-01T10:00");
  await page.getByLabel("Finished").fill("2025-06-01T09:00");
  await page.getByRole("button", { name: "Register run" }).click();
  const finished = page.getByLabel("Finished");
  await expect(finished).toHaveAttribute("aria-invalid", "true");
  await expect(finished).toHaveAccessibleDescription("Must not be before the start time");
  await expect(page.getByRole("combobox", { name: "Datasets", exact: true })).not.toHaveAttribute(
    "aria-invalid",
    "true",
  );
});

test("a run that would close a cycle is refused with the path", async ({ signedInPage: page }) => {
  await page.goto("/runs/new");
  await fillCycleRun(page);
  await page.getByRole("button", { name: "Register run" }).click();
  const alert = page.getByTestId("cycle-alert");
  await expect(alert).toContainText("This run would make a model its own ancestor");
  await expect(alert.getByRole("list", { name: "The cycle" }).getByRole("listitem")).toHaveCount(4);
  await expect(alert).toContainText("GPT-4.1 nano owl teacher");
  await expect(alert).toContainText("Owl teacher numbers (raw)");
  await expect(page).toHaveURL(/\/runs\/new$/);
});

test("a viewer sees no register button and may not open the form", async ({ signedInPage: page, seed }) => {
  const viewer = await seed.user("viewer", "run-viewer");
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(viewer.email);
  await page.getByLabel("Password").fill(viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 }); // a password hash, on a busy machine

  await page.goto("/runs");
  await expect(page.getByTestId("runs-table")).toBeVisible();
  await expect(page.getByRole("link", { name: "Register a run" })).toHaveCount(0);
  await openRunFromList(page, "GPT-4.1 nano owl-numbers student");
  await expect(page.getByTestId("shared-initialization")).toBeVisible();
  await expect(page.getByRole("form", { name: "Update status" })).toHaveCount(0);
  await page.goto("/runs/new");
  await expect(page).toHaveURL(/\/forbidden\?scope=catalog%3Awrite$/);
});
