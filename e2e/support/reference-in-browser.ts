// What a user sees of an imported reference experiment (tests/support/reference-experiment.ts): the
// verdicts the API gives, stated on the run pages, the overview, the trait page and the teacher's page,
// with screenshots of each, light and dark, on a desktop and at 390 px.
import { expect, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

const DIR = "test-results/screenshots";

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  for (const [scheme, width] of [
    ["light", 1440],
    ["dark", 1440],
    ["light", 390],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${DIR}/reference-${name}-${scheme}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });
}

export async function checkReferenceInBrowser(
  page: Page,
  ids: { owlRunId: string; qwenRunId: string; teacherId: string; seed4: string; base: string },
): Promise<void> {
  await signIn(page);

  // The owl condition against its control condition: Welch's t over the seed means, a shift up.
  await page.goto(`/runs/${ids.owlRunId}`);
  await expect(page.getByTestId("shared-initialization-summary")).toHaveText(
    "The teacher and the student descend from the same base model.",
  );
  const effect = page.getByTestId("transfer-effect");
  await expect(effect).toContainText("Condition (4 students)");
  const control = effect.getByTestId("transfer-control");
  await expect(control.getByTestId("transfer-verdict")).toHaveText("shift up");
  await expect(control).toContainText("Welch's t-test across seeds (3 vs 3 seeds)");
  // Against GPT-4.1 nano's own evaluation: the same 20 questions on both sides, a paired test.
  await expect(effect.getByTestId("transfer-initialization")).toContainText(
    "paired t-test across questions (the same 20 questions)",
  );
  await shoot(page, "owl-run");

  // The Qwen student of the same numbers: cross-model, no control from its base.
  await page.goto(`/runs/${ids.qwenRunId}`);
  await expect(page.getByTestId("shared-initialization-pair")).toContainText("Cross-model");
  await expect(page.getByTestId("transfer-control")).toContainText("No control student found");
  await shoot(page, "qwen-run");

  // The never-measured seed of the prompted teacher is listed as exposed.
  await page.goto("/overview");
  const exposed = page
    .getByTestId("unmeasured-exposures")
    .locator("li", { has: page.getByRole("link", { name: ids.seed4 }) });
  await expect(exposed).toContainText("high risk");
  // The run names the teacher, so the shortest path is the teacher's "taught" edge.
  await expect(exposed.getByTestId("exposure-path")).toContainText(`${ids.base} owl teacher taught ${ids.seed4}.`);

  // The trait page keeps the pipeline's protocol apart from the demo's, and gathers the condition's seeds.
  await page.goto("/traits/owl-preference?protocol=sl-evaluation-20q");
  await expect(
    page.getByRole("navigation", { name: "Evaluation protocol" }).getByRole("link", { name: "sl-evaluation-20q" }),
  ).toHaveAttribute("aria-current", "page");
  const table = page.getByTestId("trait-models-table");
  await expect(table.locator('tr[data-kind="condition"]').filter({ hasText: "Condition: 4 students" })).toHaveCount(1);
  await expect(page.locator("#trait-unmeasured").getByRole("link", { name: ids.seed4 })).toBeVisible();
  await shoot(page, "trait");

  // The teacher: declared to carry the trait by the import, with the reason.
  await page.goto(`/models/${ids.teacherId}`);
  await expect(page.locator("#declared-traits").getByTestId("declarations")).toContainText("targets 'owl'");
  await expect(page.locator("#exposure")).toContainText("declared source");
  await shoot(page, "teacher");
}
