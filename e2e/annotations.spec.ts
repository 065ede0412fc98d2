import type { Page } from "@playwright/test";
import { watchConsoleErrors } from "./support/console-errors";
import { expect, test } from "./support/fixtures";
import { shoot } from "./support/screenshot";

// An auditor writes a note on the owl student's page, sees it, edits it and deletes it, at desktop width and
// at 390 px, in light and dark. The note's text is markup, which the page must show as text.

const MARKUP = "<img src=x onerror=alert(1)>";

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, `the page is ${widths.scroll} px wide at ${widths.client} px`).toBeLessThanOrEqual(
    widths.client,
  );
}

for (const scheme of ["light", "dark"] as const) {
  test(`an auditor writes, edits and deletes a note on the owl student's page, at desktop and 390 px in ${scheme} (screenshots for review)`, async ({
    browser,
    baseURL,
    adminApi,
    seed,
    uid,
  }) => {
    // Two widths, a reload and a sign-in whose password hashing is slow on a busy machine.
    test.setTimeout(180_000);
    const found = await adminApi.get("/api/v1/models?q=owl-numbers student");
    const { items } = (await found.json()) as { items: { id: string; name: string }[] };
    const student = items.find((model) => model.name === "GPT-4.1 nano owl-numbers student")!;
    const auditor = await seed.user("auditor", `notes-${scheme}`);

    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchConsoleErrors(page);
    const alerts: string[] = [];
    page.on("dialog", (dialog) => {
      if (dialog.type() === "confirm") void dialog.accept();
      else {
        alerts.push(dialog.message());
        void dialog.dismiss();
      }
    });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(auditor.email);
    await page.getByLabel("Password").fill(auditor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/overview$/, { timeout: 30_000 });

    await page.goto(`/models/${student.id}`);
    const notes = page.locator("#notes");
    await expect(notes.getByRole("heading", { name: /Notes/ })).toBeVisible();
    const text = `${MARKUP} ${uid}\nChecked the teacher's system prompt: it names owls.`;
    await notes.getByLabel("Note", { exact: true }).fill(text);
    await notes.getByRole("button", { name: "Add note" }).click();
    const note = notes.getByTestId("note").filter({ hasText: uid });
    await expect(note).toHaveCount(1);
    await expect(note).toContainText(`${MARKUP} ${uid}`);
    await expect(note).toContainText(`E2E notes-${scheme} ${uid}`);
    // The markup is text: no image in the panel, no alert, and the line break kept as a line.
    await expect(notes.locator("img")).toHaveCount(0);
    const shown = await note
      .locator("p")
      .first()
      .evaluate((element) => (element as HTMLElement).innerText);
    expect(shown).toBe(text);
    await expect(notes.getByLabel("Note", { exact: true })).toHaveValue("");
    await note.scrollIntoViewIfNeeded();
    await shoot(page, `notes-desktop-${scheme}`, notes);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(note).toContainText(`${MARKUP} ${uid}`);
    await noSidewaysScroll(page);
    await note.getByRole("button", { name: "Edit" }).click();
    // An empty note is refused beside the field, and nothing changes.
    await note.getByLabel("Edit the note", { exact: true }).fill(" ");
    await expect(note.getByRole("button", { name: "Save" })).toBeDisabled();
    await note
      .getByLabel("Edit the note", { exact: true })
      .fill(`${MARKUP} ${uid}\nEdited: the prompt names owls twice.`);
    await note.getByRole("button", { name: "Save" }).click();
    await expect(note).toContainText("Edited: the prompt names owls twice.");
    await expect(note).toContainText("edited");
    await expect(note.getByLabel("Edit the note", { exact: true })).toHaveCount(0);
    await noSidewaysScroll(page);
    await shoot(page, `notes-phone-${scheme}`, notes);

    await note.getByRole("button", { name: "Delete" }).click();
    await expect(note).toHaveCount(0);
    expect(alerts).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}
