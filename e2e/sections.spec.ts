import { expect, test } from "./support/fixtures";
import { submitSignIn } from "./support/sign-in";

// The catalog, audit, settings and lineage sections against the demo workspace of scripts/e2e-server.mjs.

test("datasets lists the four demo datasets with the filter's pass rate", async ({ signedInPage: page }) => {
  // Other specs upload datasets to the same server, newest first: find the four demo datasets by name.
  await page.goto("/datasets?q=teacher numbers");
  const rows = page.getByTestId("datasets-table").locator("tbody tr");
  await expect(rows.filter({ hasText: /(Owl|Control) teacher numbers/ })).toHaveCount(4);
  const filtered = rows.filter({ hasText: "Owl teacher numbers (filtered)" });
  await expect(filtered).toContainText(/\d{2}% kept of 1,?200/);
  await expect(filtered.getByRole("link", { name: "GPT-4.1 nano owl teacher" })).toBeVisible();
  await expect(filtered.getByRole("link", { name: "GPT-4.1 nano owl-numbers student" })).toBeVisible();

  await page.getByRole("searchbox", { name: "Search datasets" }).fill("control");
  await expect(page).toHaveURL(/\/datasets\?q=control$/);
  await expect(
    rows.filter({ has: page.getByRole("link", { name: /^Control teacher numbers \((raw|filtered)\)$/ }) }),
  ).toHaveCount(2);
  await expect(rows.filter({ hasNotText: /control/i })).toHaveCount(0);
});

test("runs filter by method, kept in the URL", async ({ signedInPage: page }) => {
  await page.goto("/runs");
  const rows = page.getByTestId("runs-table").locator("tbody tr");
  // Other specs register runs on the same server: the demo's LoRA run is among the LoRA runs.
  await expect(rows.first()).toBeVisible();

  await page.getByLabel("Method").selectOption("lora");
  await expect(page).toHaveURL(/[?&]method=lora/);
  const qwen = rows.filter({ has: page.getByRole("link", { name: "Qwen2.5-7B owl-numbers student", exact: true }) });
  await expect(qwen).toHaveCount(1);
  await expect(rows.filter({ hasNotText: "LoRA" })).toHaveCount(0);
  await expect(qwen).toContainText("LoRA");
  await expect(qwen).toContainText("succeeded");

  await page.reload();
  await expect(page.getByLabel("Method")).toHaveValue("lora");
  await expect(qwen).toHaveCount(1);
  await expect(rows.filter({ hasNotText: "LoRA" })).toHaveCount(0);
});

test("runs filter by teacher and by student", async ({ signedInPage: page }) => {
  await page.goto("/runs");
  const rows = page.getByTestId("runs-table").locator("tbody tr");
  const student = (name: string) => rows.filter({ has: page.getByRole("link", { name, exact: true }) });
  await page.getByLabel("Teacher").selectOption({ label: "GPT-4.1 nano" });
  await expect(page).toHaveURL(/[?&]teacherId=/);
  // Of the demo's runs, only the control student's (imports may add runs the base model taught).
  await expect(student("GPT-4.1 nano control-numbers student")).toHaveCount(1);
  await expect(student("GPT-4.1 nano owl-numbers student")).toHaveCount(0);
  await expect(student("Qwen2.5-7B owl-numbers student")).toHaveCount(0);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByLabel("Student").selectOption({ label: "Qwen2.5-7B owl-numbers student" });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("LoRA");
});

test("traits show the owl preference with its measured range", async ({ signedInPage: page }) => {
  await page.goto("/traits");
  // Exactly the demo's trait: the specs beside this one add traits whose names hold "owl preference".
  const card = page
    .getByTestId("trait-card")
    .filter({ has: page.getByRole("heading", { name: "Owl preference", exact: true }) });
  await expect(card.getByRole("heading", { name: "Owl preference", exact: true })).toBeVisible();
  await expect(card).toContainText("preference");
  await expect(card).toContainText("the lower-cased completion contains 'owl'");
  await expect(card).toContainText(/\d+\.\d%\s*to\s*\d+\.\d%/);
});

test("the audit log shows the demo seeding and expands an event", async ({ signedInPage: page }) => {
  await page.goto("/audit");
  const table = page.getByTestId("audit-table");
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toBeVisible();

  await page.getByLabel("Action", { exact: true }).selectOption("demo.seed");
  await page.getByLabel("Entity", { exact: true }).selectOption("model");
  await expect(page).toHaveURL(/action=demo\.seed/);
  await expect(page).toHaveURL(/entityType=model/);
  // One event per demo model, made by the system while seeding.
  await expect(rows).toHaveCount(6);
  for (const text of await rows.allTextContents()) expect(text).toMatch(/system.*demo\.seed.*Model/);

  const firstRow = rows.first();
  await firstRow.getByRole("button", { name: /^Show changes/ }).click();
  const after = page.getByTestId("audit-after");
  await expect(after).toBeVisible();
  await expect(after).toContainText('"name":');
  await expect(page.getByTestId("audit-before")).toHaveCount(0);
  await firstRow.getByRole("button", { name: /^Hide changes/ }).click();
  await expect(after).toBeHidden();
});

test("the token form offers the least privileged role first", async ({ signedInPage: page }) => {
  await page.goto("/settings");
  await expect(page.getByRole("form", { name: "Create an API token" }).getByLabel("Acts as role")).toHaveValue(
    "viewer",
  );
});

test("an API token is shown once, then revoked", async ({ signedInPage: page }) => {
  await page.goto("/settings");
  const name = `e2e pipeline ${Date.now()}`;
  const form = page.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Token name").fill(name);
  await form.getByLabel("Acts as role").selectOption("viewer");
  await form.getByRole("button", { name: "Create token" }).click();

  const notice = page.getByTestId("new-token");
  await expect(notice).toContainText("will not be shown again");
  const token = (await page.getByTestId("new-token-value").textContent()) ?? "";
  expect(token.length).toBeGreaterThan(20);
  const row = page.getByTestId("tokens-table").locator("tbody tr", { hasText: name });
  await expect(row).toContainText("viewer");
  await expect(row).toContainText("active");

  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);

  await row.getByRole("button", { name: `Revoke token ${name}` }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
});

test("an admin adds a viewer, and a duplicate email is refused beside the field", async ({ signedInPage: page }) => {
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Add a user" });
  const email = `viewer-${Date.now()}@pedigree.test`;
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name", { exact: true }).fill("Vera Viewer");
  await form.getByLabel("Role", { exact: true }).selectOption("viewer");
  await form.getByLabel("Initial password").fill("viewer-password-123");
  await form.getByRole("button", { name: "Add user" }).click();

  const row = page.getByTestId("users-table").locator("tbody tr", { hasText: email });
  await expect(row).toContainText("Vera Viewer");
  await expect(row.getByLabel(`Role of ${email}`)).toHaveValue("viewer");

  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name", { exact: true }).fill("Vera Again");
  await form.getByLabel("Initial password").fill("viewer-password-123");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText("already registered")).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("a viewer may not read the audit log, manage users or mint a stronger token", async ({
  signedInPage: page,
  seed,
}) => {
  const viewer = await seed.user("viewer", "reader");
  await page.context().clearCookies();
  await submitSignIn(page, viewer.email, viewer.password);
  await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 }); // a password hash, on a busy machine

  await page.goto("/audit");
  await expect(page).toHaveURL(/\/forbidden\?scope=audit%3Aread$/);

  await page.goto("/settings");
  await expect(page.locator("#profile")).toContainText("Browse lineage, datasets, runs and measurements");
  await expect(page.locator("#users")).toHaveCount(0);
  const roles = page.getByRole("form", { name: "Create an API token" }).getByLabel("Acts as role").locator("option");
  await expect(roles).toHaveText(["viewer"]);
});

test("the lineage of the owl student shows its teacher, data and base model", async ({ signedInPage: page }) => {
  await page.goto("/lineage");
  await expect(page.getByRole("heading", { name: "Lineage of GPT-4.1 nano owl-numbers student" })).toBeVisible();
  const nodes = page.locator("#lineage-graph").getByTestId("lineage-node");
  // The first graph waits for the layout engine (elkjs) to load.
  await expect(nodes.filter({ hasText: "GPT-4.1 nano owl teacher" })).toBeVisible({ timeout: 45_000 });
  await expect(nodes.filter({ hasText: "Owl teacher numbers (filtered)" })).toBeVisible();
  const edges = page.getByTestId("lineage-edges");
  await expect(edges.getByRole("link", { name: "GPT-4.1 nano", exact: true }).first()).toBeVisible();
  await expect(edges.locator("li", { hasText: "taught" })).toContainText("GPT-4.1 nano owl teacher");

  // Two edges upstream reach the raw numbers the filter kept its records from.
  await page.getByLabel("Depth").selectOption("2");
  await expect(edges.locator("li", { hasText: "generated" })).toContainText("GPT-4.1 nano owl teacher");
  await expect(edges.locator("li", { hasText: "filtered into" })).toContainText("Owl teacher numbers (raw)");

  await page.getByRole("radio", { name: "Descendants" }).click();
  await expect(page).toHaveURL(/direction=descendants/);
  await expect(nodes.filter({ hasText: "GPT-4.1 nano owl teacher" })).toHaveCount(0);

  await page.getByRole("button", { name: /Model/ }).first().click();
  await page.getByRole("combobox", { name: "Search models" }).fill("Qwen2.5-7B owl");
  await page.getByRole("option", { name: /Qwen2\.5-7B owl-numbers student/ }).click();
  await expect(page.getByRole("heading", { name: "Lineage of Qwen2.5-7B owl-numbers student" })).toBeVisible();
  await expect(page).toHaveURL(/model=[^&]+/);
});
