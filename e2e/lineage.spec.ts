import { readFile } from "node:fs/promises";
import { expect, test } from "./support/fixtures";

// The lineage explorer and the model page's small lineage view, on the demo workspace.

const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";
const OWL_TEACHER = "GPT-4.1 nano owl teacher";
// The first graph after a page load waits for the layout engine (elkjs) to download and start; the
// layout runs in the browser, which shares the cores with the server and the other worker.
const FIRST_LAYOUT = 45_000;

// Each test lays out several graphs; allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

test("the explorer opens one hop around the owl student and grows when a node is expanded", async ({
  signedInPage: page,
}) => {
  await page.goto("/lineage");
  await expect(page.getByRole("heading", { name: `Lineage of ${OWL_STUDENT}` })).toBeVisible();
  const graph = page.getByTestId("lineage-graph-explorer");
  const nodes = graph.getByTestId("lineage-node");
  await expect(page.getByRole("application").or(graph.locator(".react-flow"))).toHaveAttribute(
    "aria-label",
    /Lineage graph of GPT-4\.1 nano owl-numbers student/,
  );

  // One hop: the student, its base, its teacher and the filtered numbers it was trained on.
  await expect(nodes).toHaveCount(4, { timeout: FIRST_LAYOUT });
  for (const name of [OWL_STUDENT, OWL_TEACHER, "GPT-4.1 nano", "Owl teacher numbers (filtered)"]) {
    await expect(nodes.filter({ hasText: new RegExp(`^.*${name.replace(/[().]/g, "\\$&")}`) }).first()).toBeVisible();
  }
  await expect(nodes.filter({ hasText: "Focus" })).toContainText(OWL_STUDENT);
  await expect(page.getByTestId("lineage-legend")).toContainText("Generated (teacher → data)");
  await expect(page.getByTestId("lineage-legend")).toContainText("GPT-4.1 nano");

  // Selecting the teacher opens its details.
  const teacher = nodes.filter({ hasText: OWL_TEACHER });
  await teacher.click();
  const panel = page.getByTestId("lineage-panel");
  await expect(panel.getByRole("heading", { name: OWL_TEACHER })).toBeVisible();
  await expect(panel).toContainText("openai");
  await expect(panel).toContainText("Base family");

  // Expanding it adds the raw numbers it generated and the Qwen student it taught.
  await panel.getByRole("button", { name: "Expand" }).click();
  await expect(nodes).toHaveCount(6);
  await expect(nodes.filter({ hasText: "Owl teacher numbers (raw)" })).toBeVisible();
  await expect(nodes.filter({ hasText: "Qwen2.5-7B owl-numbers student" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Neighbours shown" })).toBeDisabled();

  // A double-click expands too: the Qwen student's base joins the graph (its data is shown already).
  await nodes.filter({ hasText: "Qwen2.5-7B owl-numbers student" }).dblclick();
  await expect(nodes.filter({ hasText: "Qwen2.5-7B-Instruct" })).toBeVisible();
  await expect(nodes).toHaveCount(7);
  await expect(page.getByTestId("lineage-edges")).toContainText("Qwen2.5-7B-Instruct");
});

test("a model opens from the graph", async ({ signedInPage: page }) => {
  await page.goto("/lineage");
  const nodes = page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node");
  await nodes.filter({ hasText: OWL_TEACHER }).click({ timeout: FIRST_LAYOUT });
  await page.getByTestId("lineage-panel").getByRole("link", { name: "Open model page" }).click();
  await expect(page).toHaveURL(/\/models\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: OWL_TEACHER })).toBeVisible();
});

test("a dataset is selected from the keyboard, and its details link to the datasets page", async ({
  signedInPage: page,
}) => {
  await page.goto("/lineage");
  const dataset = page.getByRole("group", { name: "Dataset Owl teacher numbers (filtered)" });
  await dataset.focus({ timeout: FIRST_LAYOUT });
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("lineage-panel");
  await expect(panel).toContainText("Records");
  await expect(panel.getByRole("link", { name: "Open dataset page" })).toHaveAttribute(
    "href",
    /^\/datasets\/[a-z0-9]+$/,
  );

  // Expanding a dataset adds its one-hop lineage: the raw numbers it was filtered from, and the
  // other student trained on it.
  await panel.getByRole("button", { name: "Expand" }).click();
  const nodes = page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node");
  await expect(nodes.filter({ hasText: "Qwen2.5-7B owl-numbers student" })).toHaveCount(1);
  await expect(nodes.filter({ hasText: "Owl teacher numbers (raw)" })).toBeVisible();
  await expect(page.getByTestId("lineage-edges").locator("li", { hasText: "filtered into" })).toContainText(
    "Owl teacher numbers (raw)",
  );
});

test("depth and direction are kept in the URL", async ({ signedInPage: page }) => {
  await page.goto("/lineage");
  const nodes = page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node");
  await expect(nodes).toHaveCount(4, { timeout: FIRST_LAYOUT });
  await page.getByLabel("Depth").selectOption("3");
  await expect(page).toHaveURL(/depth=3/);
  // Three edges upstream reach the raw numbers and the teacher's data chain.
  await expect(nodes.filter({ hasText: "Owl teacher numbers (raw)" })).toBeVisible();
  await page.getByRole("radio", { name: "Ancestors" }).click();
  await expect(page).toHaveURL(/direction=ancestors/);
  await page.reload();
  await expect(page.getByLabel("Depth")).toHaveValue("3");
  await expect(page.getByRole("radio", { name: "Ancestors" })).toHaveAttribute("aria-checked", "true");
});

test("the graph exports as PNG and SVG files named after the focus", async ({ signedInPage: page }) => {
  await page.goto("/lineage");
  await expect(page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node")).toHaveCount(4, {
    timeout: FIRST_LAYOUT,
  });

  const [png] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export PNG" }).click(),
  ]);
  expect(png.suggestedFilename()).toBe("lineage-gpt-4-1-nano-owl-numbers-student.png");
  const bytes = await readFile(await png.path());
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(bytes.length).toBeGreaterThan(10_000);
  await png.saveAs("test-results/screenshots/lineage-export.png");

  const [svg] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export SVG" }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe("lineage-gpt-4-1-nano-owl-numbers-student.svg");
  const text = await readFile(await svg.path(), "utf8");
  expect(text).toContain("<svg");
  expect(text).toContain(OWL_STUDENT);
});

test("the model page shows a small lineage view, the runs it taught, its ancestors and descendants", async ({
  signedInPage: page,
}) => {
  await page.goto("/models?q=owl teacher");
  await page.getByRole("link", { name: OWL_TEACHER }).click();
  await expect(page.getByRole("heading", { level: 1, name: OWL_TEACHER })).toBeVisible();

  const card = page.locator("#lineage");
  const mini = card.getByTestId("lineage-graph-compact");
  await expect(mini.getByTestId("lineage-node").filter({ hasText: "Owl teacher numbers (raw)" })).toBeVisible({
    timeout: FIRST_LAYOUT,
  });
  await expect(mini.getByTestId("lineage-node").filter({ hasText: "GPT-4.1 nano owl-numbers student" })).toBeVisible();
  await expect(card.getByRole("link", { name: "Open in lineage explorer" })).toHaveAttribute(
    "href",
    /^\/lineage\?model=[^&]+$/,
  );

  const taught = page.locator("#taught");
  await expect(taught.getByRole("link", { name: OWL_STUDENT })).toBeVisible();
  await expect(taught.getByRole("link", { name: "Qwen2.5-7B owl-numbers student" })).toBeVisible();
  await expect(taught).toContainText("LoRA");

  await expect(page.locator("#ancestors").getByRole("link", { name: "GPT-4.1 nano", exact: true })).toBeVisible();
  const descendants = page.locator("#descendants");
  await expect(descendants.getByRole("link", { name: "Owl teacher numbers (filtered)" })).toBeVisible();
  await expect(descendants.getByRole("link", { name: OWL_STUDENT })).toBeVisible();

  // A click on a node of the small view opens its page.
  await mini.getByTestId("lineage-node").filter({ hasText: "Qwen2.5-7B owl-numbers student" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Qwen2.5-7B owl-numbers student" })).toBeVisible();
  await page.goBack();
  await card.getByRole("link", { name: "Open in lineage explorer" }).click();
  await expect(page.getByRole("heading", { name: `Lineage of ${OWL_TEACHER}` })).toBeVisible();
});
