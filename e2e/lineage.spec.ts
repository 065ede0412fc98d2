import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { lineageSettled } from "./support/lineage-settled";
import { shoot } from "./support/screenshot";
import { watchConsoleErrors } from "./support/console-errors";

// The lineage explorer and the model page's small lineage view, on the demo workspace.

const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";
const OWL_TEACHER = "GPT-4.1 nano owl teacher";
const RAW = "Owl teacher numbers (raw)";
const FILTERED = "Owl teacher numbers (filtered)";
// The first graph after a page load waits for the layout engine (elkjs) to download and start; the
// layout runs in the browser, which shares the cores with the server and the other worker.
const FIRST_LAYOUT = 45_000;

// Each test lays out several graphs; allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Every node's box lies within the graph's box (1 px of rounding allowed), once the view has settled. */
async function expectEveryNodeInView(graph: Locator) {
  const nodes = graph.getByTestId("lineage-node");
  await expect(nodes.first()).toBeVisible({ timeout: FIRST_LAYOUT });
  await expect(graph).toHaveAttribute("data-layout", "final", { timeout: FIRST_LAYOUT });
  await expect(async () => {
    const frame = await graph.boundingBox();
    expect(frame).not.toBeNull();
    const boxes = await nodes.evaluateAll((elements) =>
      elements.map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { name: element.textContent, x, y, width, height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      const where = `${box.name} at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)} in ${JSON.stringify(frame)}`;
      expect(box.x, where).toBeGreaterThanOrEqual(frame!.x - 1);
      expect(box.y, where).toBeGreaterThanOrEqual(frame!.y - 1);
      expect(box.x + box.width, where).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
      expect(box.y + box.height, where).toBeLessThanOrEqual(frame!.y + frame!.height + 1);
    }
  }).toPass({ timeout: 10_000 });
}

/** The names in the legend's "Base families" list. */
const baseFamilies = (page: Page) =>
  page
    .getByTestId("lineage-legend")
    .getByRole("heading", { name: "Base families" })
    .locator("xpath=following-sibling::ul[1]/li");

test("the explorer opens on the owl student's whole teacher path and grows when a node is expanded", async ({
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

  // Two hops, the training data traced to its teacher: the student, its base, its teacher, the filtered
  // numbers it was trained on and the raw numbers the teacher generated.
  await expect(nodes).toHaveCount(5, { timeout: FIRST_LAYOUT });
  for (const name of [OWL_STUDENT, OWL_TEACHER, "GPT-4.1 nano", FILTERED, RAW]) {
    await expect(nodes.filter({ hasText: new RegExp(`^.*${name.replace(/[().]/g, "\\$&")}`) }).first()).toBeVisible();
  }
  await expect(nodes.filter({ hasText: "Focus" })).toContainText(OWL_STUDENT);
  await expect(page.getByTestId("lineage-legend")).toContainText("Generated (teacher → data)");
  await expect(baseFamilies(page)).toHaveText(["GPT-4.1 nano"]);

  // The edges in lineage order: the base's first, the student's training last.
  const edges = page.getByTestId("lineage-edges").locator("li");
  await expect(edges).toHaveText([
    `GPT-4.1 nanoinitialised${OWL_TEACHER}`,
    `GPT-4.1 nanoinitialised${OWL_STUDENT}`,
    `${OWL_TEACHER}generated${RAW}`,
    `${OWL_TEACHER}taught${OWL_STUDENT}`,
    `${RAW}filtered into${FILTERED}`,
    `${FILTERED}trained${OWL_STUDENT}`,
  ]);

  // Selecting the teacher opens its details.
  const teacher = nodes.filter({ hasText: OWL_TEACHER });
  await lineageSettled(page);
  await teacher.click();
  const panel = page.getByTestId("lineage-panel");
  await expect(panel.getByRole("heading", { name: OWL_TEACHER })).toBeVisible();
  await expect(panel).toContainText("openai");
  await expect(panel).toContainText("Base family");

  // Expanding it adds the Qwen student it taught; that student's base is not in view, so the legend
  // still lists the one base family and no family named after the student.
  await panel.getByRole("button", { name: "Expand" }).click();
  await expect(nodes).toHaveCount(6);
  await expect(nodes.filter({ hasText: "Qwen2.5-7B owl-numbers student" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Neighbours shown" })).toBeDisabled();
  await expect(baseFamilies(page)).toHaveText(["GPT-4.1 nano"]);

  // A double-click expands too: the Qwen student's base joins the graph (its data is shown already),
  // and with it a second base family.
  await lineageSettled(page);
  await nodes.filter({ hasText: "Qwen2.5-7B owl-numbers student" }).dblclick();
  await expect(nodes.filter({ hasText: "Qwen2.5-7B-Instruct" })).toBeVisible();
  await expect(nodes).toHaveCount(7);
  await expect(page.getByTestId("lineage-edges")).toContainText("Qwen2.5-7B-Instruct");
  await expect(baseFamilies(page)).toHaveText(["GPT-4.1 nano", "Qwen2.5-7B-Instruct"]);
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

  // Expanding a dataset adds its one-hop lineage: the other student trained on it (the raw numbers it
  // was filtered from are shown already).
  await panel.getByRole("button", { name: "Expand" }).click();
  const nodes = page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node");
  await expect(nodes.filter({ hasText: "Qwen2.5-7B owl-numbers student" })).toHaveCount(1);
  await expect(nodes.filter({ hasText: RAW })).toBeVisible();
  await expect(page.getByTestId("lineage-edges").locator("li", { hasText: "filtered into" })).toContainText(
    "Owl teacher numbers (raw)",
  );
});

test("depth and direction are kept in the URL", async ({ signedInPage: page }) => {
  await page.goto("/lineage");
  const nodes = page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node");
  await expect(nodes).toHaveCount(5, { timeout: FIRST_LAYOUT });
  await expect(page.getByLabel("Depth")).toHaveValue("2");
  await page.getByLabel("Depth").selectOption("1");
  await expect(page).toHaveURL(/depth=1/);
  // One hop, yet the training data is still traced to the teacher: the raw numbers stay.
  await expect(nodes.filter({ hasText: RAW })).toBeVisible();
  await expect(page.getByTestId("lineage-edges").locator("li", { hasText: "filtered into" })).toContainText(RAW);
  await page.getByLabel("Depth").selectOption("3");
  await expect(page).toHaveURL(/depth=3/);
  await page.getByRole("radio", { name: "Ancestors" }).click();
  await expect(page).toHaveURL(/direction=ancestors/);
  await page.reload();
  await expect(page.getByLabel("Depth")).toHaveValue("3");
  await expect(page.getByRole("radio", { name: "Ancestors" })).toHaveAttribute("aria-checked", "true");
  await expect(nodes.filter({ hasText: RAW })).toBeVisible({ timeout: FIRST_LAYOUT });
});

for (const { label, width, height } of [
  { label: "desktop", width: 1440, height: 900 },
  { label: "phone", width: 390, height: 844 },
]) {
  test(`the first view keeps every node inside the graph at ${label} width, at depths 2 and 3`, async ({
    signedInPage: page,
  }) => {
    const problems = watchConsoleErrors(page);
    await page.setViewportSize({ width, height });
    const graph = page.getByTestId("lineage-graph-explorer");
    await page.goto("/lineage");
    // How long the spinner showed: from the page's HTML (which draws it) to the first node on screen.
    const spinner = await page.waitForFunction(
      () => {
        if (!document.querySelector('[data-testid="lineage-node"]')) return null;
        const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
        return Math.round(performance.now() - navigation.responseEnd);
      },
      null,
      { polling: "raf", timeout: FIRST_LAYOUT },
    );
    // The first nodes may be the quick provisional layout; ELK's replaces it.
    await expect(graph).toHaveAttribute("data-layout", "final", { timeout: FIRST_LAYOUT });
    const layouts = await page.evaluate(() =>
      performance.getEntriesByName("lineage layout").map((measure) => Math.round(measure.duration)),
    );
    // The layout itself runs in the worker, measured from the request to the answer.
    expect(layouts.length).toBeGreaterThan(0);
    test.info().annotations.push({
      type: "first layout",
      description: `first nodes ${String(await spinner.jsonValue())} ms after the HTML, ELK's layout ${layouts.join(", ")} ms`,
    });
    await expect(graph.getByTestId("lineage-node")).toHaveCount(5);
    await expect(graph.getByText("Laying out the graph…")).toHaveCount(0);
    await expectEveryNodeInView(graph);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(page, `lineage-${label}-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: "light" });

    await page.getByLabel("Depth").selectOption("3");
    await expect(page).toHaveURL(/depth=3/);
    await expect(graph.getByTestId("lineage-node").first()).toBeVisible({ timeout: FIRST_LAYOUT });
    await expectEveryNodeInView(graph);

    // Nothing scrolls sideways, and each edge of the table lies within the page.
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    for (const box of await page
      .getByTestId("lineage-edges")
      .locator("li")
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual(width);
    await shoot(page, `lineage-${label}-depth-3`);
    await shoot(page, `lineage-${label}-edges`, page.locator("#lineage-edges"));
    expect(problems, "console errors").toEqual([]);
  });
}

test("the graph exports as PNG and SVG files named after the focus", async ({ signedInPage: page }) => {
  await page.goto("/lineage");
  await expect(page.getByTestId("lineage-graph-explorer").getByTestId("lineage-node")).toHaveCount(5, {
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
  await expectEveryNodeInView(mini);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await shoot(page, `model-mini-lineage-desktop-${scheme}`, card);
  }
  await page.emulateMedia({ colorScheme: "light" });
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
  await lineageSettled(page);
  await mini.getByTestId("lineage-node").filter({ hasText: "Qwen2.5-7B owl-numbers student" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Qwen2.5-7B owl-numbers student" })).toBeVisible();
  await page.goBack();
  await card.getByRole("link", { name: "Open in lineage explorer" }).click();
  await expect(page.getByRole("heading", { name: `Lineage of ${OWL_TEACHER}` })).toBeVisible();
});

test("the model page's small lineage view fits at phone width, in light and dark", async ({ signedInPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/models?q=owl teacher");
  await page.getByRole("link", { name: OWL_TEACHER }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: OWL_TEACHER })).toBeVisible();
  const card = page.locator("#lineage");
  const mini = card.getByTestId("lineage-graph-compact");
  await expect(mini.getByTestId("lineage-node").filter({ hasText: RAW })).toBeVisible({ timeout: FIRST_LAYOUT });
  await expectEveryNodeInView(mini);
  await card.scrollIntoViewIfNeeded();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await shoot(page, `model-mini-lineage-phone-${scheme}`, card);
  }
});
