import type { Page } from "@playwright/test";
import { watchConsoleErrors } from "./support/console-errors";
import { AUTH, expect, test } from "./support/fixtures";
import { shoot } from "./support/screenshot";

// The webhooks section of Settings: add a webhook (the signing secret shown once), see a delivery made by an
// event, delete it. The e2e server does not allow private addresses, so the webhook points at a documentation
// address (TEST-NET-3, RFC 5737) that no one answers: its deliveries are made and listed, and fail.

async function addWebhook(page: Page, url: string) {
  const form = page.getByRole("form", { name: "Add a webhook" });
  await form.getByLabel("Payload URL", { exact: true }).fill(url);
  await form.getByLabel("Description (optional)", { exact: true }).fill("e2e channel");
  for (const event of ["model.exposed", "run.created", "report.signed"])
    await form.getByRole("checkbox", { name: new RegExp(`^${event.replace(".", "\\.")}`) }).uncheck();
  await form.getByRole("button", { name: "Add webhook" }).click();
}

for (const viewport of [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`webhooks in Settings at ${viewport.name} width: added with the secret shown once, deliveries listed, deleted`, async ({
    signedInPage: page,
    adminApi,
    seed,
    uid,
  }) => {
    const errors = watchConsoleErrors(page);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto("/settings");
    const url = `https://203.0.113.10/pedigree-${uid}`;

    // A local address is refused beside the field, and nothing is added.
    await addWebhook(page, "http://127.0.0.1:9/hook");
    await expect(page.getByRole("form", { name: "Add a webhook" })).toContainText("loopback");

    await addWebhook(page, url);
    const notice = page.getByTestId("new-webhook-secret");
    await expect(notice).toContainText("will not be shown again");
    const secret = (await page.getByTestId("new-webhook-secret-value").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    const item = page.getByTestId("webhook-item").filter({ hasText: url });
    await expect(item).toContainText("measurement.created");
    await expect(item).not.toContainText("run.created");
    await shoot(page, `webhooks-${viewport.name}-added`, page.locator("#webhooks"));

    // An event: a measurement of a model of this spec's own.
    const model = await seed.model({ name: "Webhook e2e model" });
    const measured = await adminApi.post("/api/v1/measurements", {
      headers: AUTH,
      data: { modelId: model.id, trait: "owl-preference", protocol: `e2e-${uid}`, n: 10, positives: 4 },
    });
    expect(measured.status()).toBe(201);

    await page.reload();
    await expect(page.getByTestId("new-webhook-secret")).toHaveCount(0);
    await expect(page.getByText(secret)).toHaveCount(0);
    const reloaded = page.getByTestId("webhook-item").filter({ hasText: url });
    await reloaded.getByRole("button", { name: "Deliveries" }).click();
    const deliveries = reloaded.getByRole("table");
    await expect(deliveries.locator("tbody tr").first()).toContainText("measurement.created");
    await expect(
      deliveries.getByRole("button", { name: /^Resend measurement\.created delivery/ }).first(),
    ).toBeVisible();

    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(page, `webhooks-${viewport.name}-${scheme}`, page.locator("#webhooks"));
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    }

    await reloaded.getByRole("button", { name: `Delete webhook ${url}` }).click();
    await reloaded.getByRole("button", { name: "Yes, delete" }).click();
    await expect(page.getByTestId("webhook-item").filter({ hasText: url })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
