import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as measurementsRoute from "@/app/api/v1/measurements/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import { connection, db } from "@/lib/db";
import { sealWebhookSecret } from "@/lib/webhooks/webhook-secret-box";
import { createWebhookWorker, stopWebhookWorker } from "@/lib/webhooks/webhook-worker";
import { call } from "../support/api";
import { registerModel } from "../support/register-model";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// Without PEDIGREE_WEBHOOK_ALLOW_PRIVATE, a webhook may reach neither this machine nor a private or
// link-local network: refused when it is added, and refused again at each delivery (DNS can change).

let receiver: WebhookReceiver;

beforeAll(async () => {
  await stopWebhookWorker();
  receiver = await startWebhookReceiver();
});

afterAll(async () => {
  await receiver.close();
});

describe("server-side request forgery", () => {
  it.each([
    "http://127.0.0.1:9/hook",
    "http://10.0.0.1/hook",
    "http://[::1]:8080/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://192.168.1.10/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://localhost:3000/hook",
    "http://2130706433/hook",
  ])("refuses %s when it is added, naming the url, and stores nothing", async (url) => {
    const prisma = await db();
    const before = await prisma.webhook.count();
    const result = await call(webhooksRoute.POST, "POST", "/api/v1/webhooks", {
      body: { url, events: ["measurement.created"] },
    });
    expect(result.status).toBe(422);
    expect(result.contentType).toContain("application/problem+json");
    expect(result.body.errors).toEqual([expect.objectContaining({ field: "url" })]);
    expect(await prisma.webhook.count()).toBe(before);
  });

  it("refuses at delivery a target that became local since it was added, and never connects to it", async () => {
    // As if its name had resolved to a public address when added and to this machine now.
    const prisma = await db();
    const hook = await prisma.webhook.create({
      data: {
        url: `${receiver.url}/rebound`,
        events: ["measurement.created"],
        secretSealed: sealWebhookSecret("whsec_x", process.env.NEXTAUTH_SECRET!),
        secretPrefix: "whsec_x",
        baseUrl: "http://pedigree.test",
      },
    });
    const modelId = await registerModel({ name: "SSRF probe", provider: "hooks" });
    const measured = await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
      body: { modelId, trait: "owl-preference", protocol: "p", n: 10, positives: 1 },
    });
    expect(measured.status).toBe(201);
    expect(await createWebhookWorker(await connection()).tick()).toBe(1);
    expect(receiver.received).toEqual([]);
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { webhookId: hook.id } });
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
    expect(delivery.lastError).toMatch(/^refused: .*loopback/);
  });
});
