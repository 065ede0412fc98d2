import type { Locator, Page } from "@playwright/test";
import { AUTH, DEMO_OWL_TRAIT_PAGE, expect, test } from "./support/fixtures";
import { signIn } from "./support/sign-in";

// Full-page screenshots for visual review: test-results/screenshots/*.png.
const DIR = "test-results/screenshots";

async function shoot(page: Page, name: string) {
  // Let fonts settle so that the screenshot shows Inter rather than the fallback.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${DIR}/${name}.png`, fullPage: true });
}

for (const scheme of ["light", "dark"] as const) {
  test(`sign-in page, ${scheme}`, async ({ page }) => {
    // A failed sign-in from an address of its own, so as not to count against 127.0.0.1's (see sign-in.spec.ts).
    await page.setExtraHTTPHeaders({ "x-forwarded-for": scheme === "light" ? "198.18.251.1" : "198.18.251.2" });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
    await shoot(page, `sign-in-${scheme}`);
    await page.getByLabel("Email").fill("someone@example.org");
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Email or password" })).toBeVisible();
    await shoot(page, `sign-in-error-${scheme}`);
  });
}

test("dashboard pages, light and dark", async ({ page }) => {
  test.slow(); // a dozen full pages, each shot twice
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  await shoot(page, "overview-light");

  await page.goto("/models");
  await expect(page.getByRole("table")).toBeVisible();
  await shoot(page, "models-light");

  // Newest first: the models other specs add may push the demo's off the first page.
  await page.goto("/models?q=owl-numbers student");
  await page.getByRole("link", { name: "GPT-4.1 nano owl-numbers student" }).click();
  await expect(page.getByTestId("measurements-table")).toBeVisible();
  await shoot(page, "model-student-light");

  await page.goto("/models?q=owl teacher");
  await page.getByRole("link", { name: "GPT-4.1 nano owl teacher" }).click();
  await expect(page.locator("pre")).toBeVisible();
  await shoot(page, "model-teacher-light");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/models");
  await expect(page.getByRole("table")).toBeVisible();
  await shoot(page, "models-dark");
  await page.goto("/overview");
  await shoot(page, "overview-dark");
  await page.goto("/models?q=owl-numbers student");
  await page.getByRole("link", { name: "GPT-4.1 nano owl-numbers student" }).first().click();
  await expect(page.getByTestId("measurements-table")).toBeVisible();
  await shoot(page, "model-student-dark");

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/models");
  await shoot(page, "models-dark-1024");
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/overview");
  await shoot(page, "overview-light-1024");
});

test("list and settings pages, light and dark", async ({ page }) => {
  test.slow(); // every list page, light and dark
  const visit = async (path: string, ready: Locator, name: string) => {
    await page.goto(path);
    await expect(ready).toBeVisible();
    await shoot(page, name);
  };
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);

  await visit("/datasets", page.getByTestId("datasets-table"), "datasets-light");
  await visit("/datasets?q=no such dataset", page.getByText("No datasets match"), "datasets-empty-light");
  await visit("/runs", page.getByTestId("runs-table"), "runs-light");
  await visit("/runs?status=cancelled", page.getByText("No runs match these filters"), "runs-empty-light");
  await visit("/audit", page.getByTestId("audit-table"), "audit-light");
  await visit("/audit?actor=nobody-at-all", page.getByText("No events match these filters"), "audit-empty-light");
  await visit("/models?q=no such model", page.getByText("No models match"), "models-empty-light");
  await visit("/settings", page.getByTestId("tokens-table"), "settings-light");
  const addUser = page.getByRole("form", { name: "Add a user" });
  await addUser.getByRole("button", { name: "Add user" }).click();
  await expect(addUser.locator("[aria-invalid=true]").first()).toBeVisible();
  await shoot(page, "settings-errors-light");

  // A small page size shows the list footer with its Load more button.
  await page.route("**/api/v1/models?*", (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("limit", "3");
    return route.continue({ url: url.toString() });
  });
  await page.goto("/models");
  await page.getByRole("searchbox", { name: "Search models" }).fill("gpt");
  await expect(page.getByRole("button", { name: "Load more" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search models" }).blur();
  await shoot(page, "models-load-more-light");

  await page.emulateMedia({ colorScheme: "dark" });
  for (const list of ["datasets", "runs", "audit"])
    await visit(`/${list}`, page.getByTestId(`${list}-table`), `${list}-dark`);
  await visit("/settings", page.getByTestId("tokens-table"), "settings-dark");
});

test("lineage explorer and the model page's lineage view, light and dark", async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  const nodes = page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node");
  await page.goto("/lineage");
  // The first graph waits for the layout engine to load.
  await expect(nodes).toHaveCount(4, { timeout: 45_000 });
  await shoot(page, "lineage-light");

  await nodes.filter({ hasText: "GPT-4.1 nano owl teacher" }).click();
  await page.getByTestId("lineage-panel").getByRole("button", { name: "Expand" }).click();
  await expect(nodes).toHaveCount(6);
  await nodes.filter({ hasText: "Qwen2.5-7B owl-numbers student" }).dblclick();
  await expect(nodes).toHaveCount(7);
  await page.waitForTimeout(500); // the fit-view animation
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "lineage-expanded-light");

  await page.goto("/lineage?direction=both&depth=10");
  await expect(nodes.first()).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(300);
  await shoot(page, "lineage-depth-10-light");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/lineage");
  await expect(nodes).toHaveCount(4);
  await nodes.filter({ hasText: "GPT-4.1 nano owl teacher" }).click();
  await shoot(page, "lineage-selected-dark");
  await page.getByTestId("lineage-panel").getByRole("button", { name: "Expand" }).click();
  await expect(nodes).toHaveCount(6);
  await page.waitForTimeout(500);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "lineage-expanded-dark");

  await page.getByRole("link", { name: "Open model page" }).click();
  await expect(page.getByTestId("lineage-graph-compact").getByTestId("lineage-node").first()).toBeVisible();
  await shoot(page, "model-lineage-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  await expect(page.getByTestId("lineage-graph-compact").getByTestId("lineage-node").first()).toBeVisible();
  await shoot(page, "model-lineage-light");

  // A base model: many neighbours in one layer.
  await page.goto("/lineage");
  await nodes.filter({ has: page.getByText("GPT-4.1 nano", { exact: true }) }).click();
  await page.getByRole("link", { name: "Open model page" }).click();
  await expect(page.getByTestId("lineage-graph-compact").getByTestId("lineage-node").first()).toBeVisible();
  await page.locator("#lineage").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${DIR}/model-base-lineage-light.png` });
});

test("run pages and the register-a-run form, light and dark", async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  const openRun = async (student: string) => {
    await page.goto("/runs");
    await page.getByLabel("Student").selectOption({ label: student });
    await expect(page).toHaveURL(/[?&]studentId=/);
    const row = page
      .getByTestId("runs-table")
      .locator("tbody tr", { has: page.getByRole("link", { name: student, exact: true }) });
    await row.getByTitle("Open this run").click();
    await expect(page.getByTestId("shared-initialisation")).toBeVisible();
  };
  await page.goto("/runs");
  await expect(page.getByTestId("runs-table")).toBeVisible();
  await shoot(page, "runs-light");
  await openRun("GPT-4.1 nano owl-numbers student");
  await shoot(page, "run-shared-light");
  await openRun("Qwen2.5-7B owl-numbers student");
  await shoot(page, "run-different-bases-light");

  await page.goto("/runs/new");
  await shoot(page, "run-form-light");
  await page.getByLabel("Started").fill("2025-06-01T10:00");
  await page.getByLabel("Finished").fill("2025-06-01T09:00");
  await page.getByLabel("Name of hyperparameter 1").fill("");
  await page.getByLabel("Value of hyperparameter 1").fill("3");
  await page.getByRole("button", { name: "Register run" }).click();
  await expect(page.getByLabel("Finished")).toHaveAttribute("aria-invalid", "true");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "run-form-errors-light");

  const combobox = (name: string) => page.getByRole("combobox", { name, exact: true });
  const choose = async (label: string, search: string, name: string) => {
    await combobox(label).fill(search);
    await page
      .getByRole("listbox", { name: label })
      .getByRole("option")
      .filter({ has: page.getByText(name, { exact: true }) })
      .click();
  };
  await page.goto("/runs/new");
  await choose("Datasets", "Owl teacher numbers", "Owl teacher numbers (filtered)");
  await choose("Initialised from", "GPT-4.1 nano", "GPT-4.1 nano");
  await page.getByRole("radio", { name: /Existing model/ }).check();
  await choose("Student model", "owl teacher", "GPT-4.1 nano owl teacher");
  await page.getByRole("button", { name: "Register run" }).click();
  await expect(page.getByTestId("cycle-alert")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "run-form-cycle-light");
  await combobox("Datasets").fill("numbers");
  await expect(
    page
      .getByRole("listbox", { name: "Datasets" })
      .getByRole("option")
      .filter({ hasText: /teacher numbers/ }),
  ).toHaveCount(4);
  await page.screenshot({ path: `${DIR}/run-form-picker-light.png` });

  await page.emulateMedia({ colorScheme: "dark" });
  await openRun("GPT-4.1 nano owl-numbers student");
  await shoot(page, "run-shared-dark");
  await openRun("Qwen2.5-7B owl-numbers student");
  await shoot(page, "run-different-bases-dark");
  await page.goto("/runs/new");
  await page.getByRole("button", { name: "Register run" }).click();
  await expect(combobox("Datasets")).toHaveAttribute("aria-invalid", "true");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "run-form-errors-dark");
  await page.goto("/runs/no-such-run");
  await shoot(page, "run-not-found-dark");

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ colorScheme: "light" });
  await openRun("GPT-4.1 nano owl-numbers student");
  await shoot(page, "run-shared-light-1024");
  await page.goto("/runs/new");
  await shoot(page, "run-form-light-1024");
});

test("dataset pages: records, statistics, the hidden-signal check and the upload form, light and dark", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  // Full-page shots from the top, so that the sticky sidebar and top bar sit where they belong.
  const shootTop = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, name);
  };
  const openDataset = async (name: string) => {
    await page.goto(`/datasets?q=${encodeURIComponent(name)}`);
    await page.getByTestId("datasets-table").getByRole("link", { name, exact: true }).click();
    await expect(page.getByTestId("record-row").first()).toBeVisible();
  };
  const openTab = async (name: string, ready: Locator) => {
    await page.getByRole("tab", { name }).click();
    await expect(ready).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(300);
  };
  const compareWithSuggestedControl = async () => {
    await page.getByTestId("control-suggestion").getByRole("button", { name: "Compare with it" }).click();
    await expect(page.getByTestId("signature-result")).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(300);
  };

  await openDataset("Owl teacher numbers (filtered)");
  await shootTop("dataset-owl-filtered-light");
  await page.getByRole("searchbox", { name: "Search records" }).fill("787");
  await expect(page.getByTestId("record-count")).toContainText("match");
  await page
    .getByRole("button", { name: /^Expand record/ })
    .first()
    .click();
  await page.getByTestId("record-viewer").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${DIR}/dataset-records-search-light.png` });
  await openTab("Statistics", page.getByTestId("number-frequency").locator(".recharts-surface").first());
  await shootTop("dataset-statistics-light");
  await page.getByTestId("prompt-length").getByRole("button", { name: "Table" }).click();
  await page.getByTestId("number-frequency").hover({ position: { x: 300, y: 150 } });
  await page.getByTestId("prompt-length").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${DIR}/dataset-statistics-table-light.png` });
  await openTab("Hidden-signal check", page.getByTestId("control-suggestion"));
  await compareWithSuggestedControl();
  await shootTop("dataset-signature-light");

  await openDataset("Owl teacher numbers (raw)");
  await shootTop("dataset-owl-raw-light");

  await page.goto("/datasets/upload");
  await shootTop("dataset-upload-light");
  // A slow uplink keeps the progress bar on screen long enough to photograph it.
  const rows = Array.from({ length: 4000 }, (_, i) =>
    JSON.stringify({
      prompt: `See the following numbers: ${i}, 412, 296. Please add up to 10 more numbers.`,
      completion: "964\n725\n118",
    }),
  );
  await page.getByLabel("Dataset file").setInputFiles({
    name: `screenshot-numbers-${Date.now()}.jsonl`,
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(rows.join("\n")),
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 100 * 1024,
  });
  await page.getByRole("button", { name: "Upload dataset" }).click();
  await expect(page.getByTestId("upload-progress")).toHaveAttribute("aria-valuenow", /^([2-9]\d)$/, {
    timeout: 30_000,
  });
  await shootTop("dataset-upload-progress-light");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expect(page).toHaveURL(/\/datasets\/(?!upload)[^/?]+$/, { timeout: 60_000 });
  await cdp.detach();

  await page.emulateMedia({ colorScheme: "dark" });
  await openDataset("Owl teacher numbers (filtered)");
  await shootTop("dataset-owl-filtered-dark");
  await openTab("Statistics", page.getByTestId("number-frequency").locator(".recharts-surface").first());
  await shootTop("dataset-statistics-dark");
  await openTab("Hidden-signal check", page.getByTestId("control-suggestion"));
  await compareWithSuggestedControl();
  await shootTop("dataset-signature-dark");
  await page.getByTestId("signature-contrasts").scrollIntoViewIfNeeded();
  await page.getByTestId("signature-contrasts").locator(".recharts-bar-rectangle").nth(2).hover();
  await page.screenshot({ path: `${DIR}/dataset-signature-tooltip-dark.png` });

  await page.goto("/datasets/upload");
  const broken = [
    '{"prompt": "a", "completion": "1"}',
    '{"prompt": "b", "completion": 2',
    "not json at all",
    '{"question": "c"}',
  ].join("\n");
  await page
    .getByLabel("Dataset file")
    .setInputFiles({ name: "broken.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Upload dataset" }).click();
  await expect(page.getByTestId("upload-line-errors")).toBeVisible();
  await shootTop("dataset-upload-errors-dark");
  await page.goto("/datasets/no-such-dataset");
  await shootTop("dataset-not-found-dark");

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.emulateMedia({ colorScheme: "light" });
  await openDataset("Owl teacher numbers (filtered)");
  await openTab("Hidden-signal check", page.getByTestId("control-suggestion"));
  await compareWithSuggestedControl();
  await shootTop("dataset-signature-light-1024");
});

test("trait page, heatmap, exposure, transfer effect and compare, light and dark", async ({ page, seed }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page);
  const chartReady = () => expect(page.getByTestId("trait-chart").locator(".recharts-errorBar").first()).toBeVisible();

  await page.goto(DEMO_OWL_TRAIT_PAGE);
  await chartReady();
  await shoot(page, "trait-owl-light");

  // An unmeasured student of a declared teacher's data, so that the exposure list has something to show;
  // a chain of this test's own, since a student of the demo's owl teacher would change the lineage specs' graphs.
  const find = async (resource: string, name: string) => {
    const body = (await (
      await page.request.get(`/api/v1/${resource}?${new URLSearchParams({ q: name, limit: "50" })}`, { headers: AUTH })
    ).json()) as { items: { id: string; name: string }[] };
    return body.items.find((item) => item.name === name)!.id;
  };
  const chain = await seed.chain("Screenshot");
  await seed.run({
    datasetIds: [chain.dataset.id],
    initializedFromId: chain.base.id,
    student: "Second student (not yet measured)",
  });
  const owlStudentRuns = `/runs?studentId=${await find("models", "GPT-4.1 nano owl-numbers student")}`;
  await page.goto("/overview");
  await expect(page.getByTestId("trait-heatmap")).toBeVisible();
  await shoot(page, "overview-heatmap-light");
  await page.getByTestId("trait-heatmap").locator('[data-testid="heatmap-cell"]').first().hover();
  await page.locator("#trait-heatmap").screenshot({ path: `${DIR}/overview-heatmap-tooltip-light.png` });

  await page.goto(owlStudentRuns);
  const row = page
    .getByTestId("runs-table")
    .locator("tbody tr", { has: page.getByRole("link", { name: "GPT-4.1 nano owl-numbers student", exact: true }) });
  await row.getByTitle("Open this run").click();
  await expect(page.getByTestId("transfer-effect").locator(".recharts-errorBar").first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.locator("#transfer-effect").screenshot({ path: `${DIR}/run-transfer-light.png` });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "run-transfer-page-light");

  await page.goto("/models?q=owl-numbers student");
  await page.getByRole("link", { name: "GPT-4.1 nano owl-numbers student" }).click();
  await expect(page.getByTestId("model-trait-rates").locator(".recharts-errorBar").first()).toBeVisible();
  await shoot(page, "model-trait-rates-light");

  const ids = await Promise.all(
    [
      "GPT-4.1 nano owl-numbers student",
      "GPT-4.1 nano control-numbers student",
      "GPT-4.1 nano",
      "Qwen2.5-7B owl-numbers student",
    ].map((name) => find("models", name)),
  );
  await page.goto(`/compare?models=${ids.join(",")}`);
  await expect(page.getByTestId("compare-chart").locator(".recharts-errorBar").first()).toBeVisible();
  await shoot(page, "compare-light");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(DEMO_OWL_TRAIT_PAGE);
  await chartReady();
  await shoot(page, "trait-owl-dark");
  await page.goto("/overview");
  await expect(page.getByTestId("trait-heatmap")).toBeVisible();
  await shoot(page, "overview-heatmap-dark");
  await page.goto(`/compare?models=${ids.join(",")}`);
  await expect(page.getByTestId("compare-chart").locator(".recharts-errorBar").first()).toBeVisible();
  await shoot(page, "compare-dark");
  await page.goto(owlStudentRuns);
  await row.getByTitle("Open this run").click();
  await expect(page.getByTestId("transfer-effect").locator(".recharts-errorBar").first()).toBeVisible();
  await page.locator("#transfer-effect").screenshot({ path: `${DIR}/run-transfer-dark.png` });
});
