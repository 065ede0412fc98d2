import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as auditRoute from "@/app/api/v1/audit-events/route";
import * as measurementsRoute from "@/app/api/v1/measurements/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import * as webhookRoute from "@/app/api/v1/webhooks/[id]/route";
import * as deliveriesRoute from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as resendRoute from "@/app/api/v1/webhooks/deliveries/[id]/resend/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import { connection, db, type Connection } from "@/lib/db";
import { connectPostgres } from "@/lib/db/connect";
import { verifyWebhookSignature } from "@/lib/webhooks/webhook-signature";
import { createWebhookWorker, stopWebhookWorker } from "@/lib/webhooks/webhook-worker";
import { call } from "../support/api";
import { runPedigree } from "../support/in-process-cli";
import { registerModel } from "../support/register-model";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// Webhooks over HTTP with a receiver on 127.0.0.1 (hence PEDIGREE_WEBHOOK_ALLOW_PRIVATE=1). The process's own
// worker is stopped: each test runs worker passes itself, with a clock of its own where retries are timed.
vi.hoisted(() => {
  process.env.PEDIGREE_WEBHOOK_ALLOW_PRIVATE = "1";
});

let receiver: WebhookReceiver;
let modelId: string;
const created: string[] = [];

beforeAll(async () => {
  await stopWebhookWorker();
  receiver = await startWebhookReceiver();
  modelId = await registerModel({ name: "Hooked student", provider: "hooks" });
});

afterEach(async () => {
  for (const id of created.splice(0))
    await call(webhookRoute.DELETE, "DELETE", `/api/v1/webhooks/${id}`, { params: { id } });
  receiver.received.length = 0;
  receiver.answer(200);
});

afterAll(async () => {
  await receiver.close();
});

async function addWebhook(body: Record<string, unknown>) {
  const result = await call(webhooksRoute.POST, "POST", "/api/v1/webhooks", {
    body: { url: `${receiver.url}/hook`, events: ["measurement.created"], ...body },
  });
  expect(result.status).toBe(201);
  created.push(result.body.id as string);
  return result.body as { id: string; secret: string; secretPrefix: string };
}

async function measure(positives = 3) {
  const result = await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
    body: { modelId, trait: "Owl preference", protocol: "hooks", n: 10, positives },
  });
  expect(result.status).toBe(201);
  return result.body as { id: string };
}

async function deliveries(webhookId: string) {
  const result = await call(deliveriesRoute.GET, "GET", `/api/v1/webhooks/${webhookId}/deliveries`, {
    params: { id: webhookId },
  });
  expect(result.status).toBe(200);
  return result.body.items as {
    id: string;
    status: string;
    attempts: number;
    lastStatusCode: number | null;
    lastError: string | null;
    nextAttemptAt: string | null;
  }[];
}

const seconds = (from: Date, s: number) => new Date(from.getTime() + s * 1000);

describe("managing webhooks", () => {
  it("shows the secret once, lists the webhook without it, and audits the write", async () => {
    const hook = await addWebhook({ description: "#safety", flavour: "json" });
    expect(hook.secret).toMatch(/^whsec_/);
    expect(hook.secret.startsWith(hook.secretPrefix)).toBe(true);
    const list = await call(webhooksRoute.GET, "GET", "/api/v1/webhooks");
    const listed = list.body.items.find((w: { id: string }) => w.id === hook.id);
    expect(listed).toMatchObject({
      url: `${receiver.url}/hook`,
      events: ["measurement.created"],
      description: "#safety",
    });
    expect(JSON.stringify(list.body)).not.toContain(hook.secret);
    const stored = await (await db()).webhook.findUniqueOrThrow({ where: { id: hook.id } });
    expect(stored.secretSealed).not.toContain(hook.secret.slice(6));
    const audit = await call(auditRoute.GET, "GET", `/api/v1/audit-events?entityType=webhook&entityId=${hook.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(["webhook.create"]);
    expect(JSON.stringify(audit.body)).not.toContain(hook.secret);
  });

  it("refuses bad input naming the field, and stores nothing", async () => {
    const prisma = await db();
    const before = await prisma.webhook.count();
    for (const [body, field] of [
      [{ url: "ftp://example.com/x", events: ["run.created"] }, "url"],
      [{ url: "https://example.com/x", events: [] }, "events"],
      [{ url: "https://example.com/x", events: ["model.deleted"] }, "events.0"],
      [{ url: "https://example.com/x", events: ["run.created"], flavour: "teams" }, "flavour"],
    ] as const) {
      const result = await call(webhooksRoute.POST, "POST", "/api/v1/webhooks", { body });
      expect(result.status).toBe(422);
      expect(result.contentType).toContain("application/problem+json");
      expect(result.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await prisma.webhook.count()).toBe(before);
  });

  it("is for administrators only", async () => {
    const token = await call(tokensRoute.POST, "POST", "/api/v1/tokens", { body: { name: "eng", role: "engineer" } });
    const list = await call(webhooksRoute.GET, "GET", "/api/v1/webhooks", { token: token.body.token as string });
    expect(list.status).toBe(403);
    const add = await call(webhooksRoute.POST, "POST", "/api/v1/webhooks", {
      token: token.body.token as string,
      body: { url: `${receiver.url}/x`, events: ["run.created"] },
    });
    expect(add.status).toBe(403);
  });

  it("once deleted, is sent nothing and no longer listed", async () => {
    const hook = await addWebhook({});
    const deleted = await call(webhookRoute.DELETE, "DELETE", `/api/v1/webhooks/${hook.id}`, {
      params: { id: hook.id },
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body.disabledAt).not.toBeNull();
    await measure();
    expect(await deliveries(hook.id)).toEqual([]);
    const list = await call(webhooksRoute.GET, "GET", "/api/v1/webhooks");
    expect(list.body.items.map((w: { id: string }) => w.id)).not.toContain(hook.id);
  });
});

describe("delivering", () => {
  it("sends a measurement exactly once, signed with the secret, with its delivery id and event", async () => {
    const conn = await connection();
    const hook = await addWebhook({});
    const measurement = await measure();
    const worker = createWebhookWorker(conn);
    expect(await worker.tick()).toBe(1);
    expect(await worker.tick()).toBe(0);
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 200, lastError: null });
    expect(
      verifyWebhookSignature(request.body, hook.secret, request.headers["x-pedigree-signature-256"] as string),
    ).toBe(true);
    expect(request.headers["x-pedigree-delivery"]).toBe(delivery.id);
    expect(request.headers["x-pedigree-event"]).toBe("measurement.created");
    const body = JSON.parse(request.body);
    expect(body).toMatchObject({
      event: "measurement.created",
      data: {
        model: { id: modelId, name: "Hooked student", url: `http://pedigree.test/models/${modelId}` },
        trait: { slug: "owl-preference", name: "Owl preference", url: "http://pedigree.test/traits/owl-preference" },
        measurement: { id: measurement.id, value: 0.3 },
      },
    });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(body.occurredAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("retries a failing receiver with backoff, and delivers once it answers", async () => {
    const conn = await connection();
    const hook = await addWebhook({});
    receiver.answer(500);
    await measure();
    const worker = createWebhookWorker(conn);
    const start = new Date(Date.now() + 1000);
    expect(await worker.tick(start)).toBe(1);
    let [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "answered 500" });
    expect(new Date(delivery.nextAttemptAt!).getTime()).toBe(seconds(start, 10).getTime());
    expect(await worker.tick(seconds(start, 9))).toBe(0);
    expect(await worker.tick(seconds(start, 10))).toBe(1);
    [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 2 });
    expect(new Date(delivery.nextAttemptAt!).getTime()).toBe(seconds(start, 50).getTime());
    receiver.answer(204);
    expect(await worker.tick(seconds(start, 49))).toBe(0);
    expect(await worker.tick(seconds(start, 50))).toBe(1);
    [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 3, lastStatusCode: 204, nextAttemptAt: null });
    expect(receiver.received.map((r) => r.answered)).toEqual([500, 500, 204]);
    expect(new Set(receiver.received.map((r) => r.headers["x-pedigree-delivery"])).size).toBe(1);
  });

  it("gives up after the eighth attempt", async () => {
    const conn = await connection();
    const hook = await addWebhook({});
    receiver.answer(503);
    await measure();
    const worker = createWebhookWorker(conn);
    let now = new Date(Date.now() + 1000);
    for (let i = 0; i < 8; i++) {
      expect(await worker.tick(now)).toBe(1);
      now = seconds(now, 3600);
    }
    expect(await worker.tick(seconds(now, 86_400))).toBe(0);
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: "failed", attempts: 8, lastStatusCode: 503, nextAttemptAt: null });
  });

  it("survives a restart in the middle of retries, and delivers once", async () => {
    const conn = await connection();
    const hook = await addWebhook({});
    receiver.answer(500);
    await measure();
    const first = createWebhookWorker(conn);
    const start = new Date(Date.now() + 1000);
    expect(await first.tick(start)).toBe(1);
    await first.stop();
    // A new instance: a connection of its own on a PostgreSQL server, the same one on the embedded database.
    const second: Connection = conn.mode === "postgres" ? connectPostgres(process.env.DATABASE_URL!) : conn;
    try {
      receiver.answer(200);
      const restarted = createWebhookWorker(second);
      expect(await restarted.tick(seconds(start, 10))).toBe(1);
      expect(await restarted.tick(seconds(start, 3600))).toBe(0);
      await restarted.stop();
    } finally {
      if (second !== conn) await second.close();
    }
    expect(receiver.received.map((r) => r.answered)).toEqual([500, 200]);
    expect((await deliveries(hook.id))[0]).toMatchObject({ status: "delivered", attempts: 2 });
  });

  it("never delivers twice when two workers on separate connections run at once", async () => {
    const conn = await connection();
    const hook = await addWebhook({});
    for (let i = 0; i < 12; i++) await measure(i % 10);
    const other: Connection = conn.mode === "postgres" ? connectPostgres(process.env.DATABASE_URL!) : conn;
    try {
      const a = createWebhookWorker(conn, { batch: 2 });
      const b = createWebhookWorker(other, { batch: 2 });
      const [fromA, fromB] = await Promise.all([a.tick(), b.tick()]);
      expect(fromA + fromB).toBe(12);
      if (conn.mode === "postgres") {
        expect(fromA).toBeGreaterThan(0);
        expect(fromB).toBeGreaterThan(0);
      }
    } finally {
      if (other !== conn) await other.close();
    }
    const ids = receiver.received.map((r) => r.headers["x-pedigree-delivery"]);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect((await deliveries(hook.id)).every((d) => d.status === "delivered" && d.attempts === 1)).toBe(true);
  });

  it("does not follow a redirect: a 3xx is a failure, and its Location is never asked", async () => {
    const conn = await connection();
    const hook = await addWebhook({ url: `${receiver.url}/moved` });
    receiver.answer(302, `${receiver.url}/elsewhere`);
    await measure();
    await createWebhookWorker(conn).tick(new Date(Date.now() + 1000));
    expect(receiver.received.map((r) => r.path)).toEqual(["/moved"]);
    expect((await deliveries(hook.id))[0]).toMatchObject({
      status: "pending",
      lastStatusCode: 302,
      lastError: `redirect to ${receiver.url}/elsewhere not followed`,
    });
  });

  it("resends a delivery with the same id, audited", async () => {
    const conn = await connection();
    const hook = await addWebhook({});
    await measure();
    const worker = createWebhookWorker(conn);
    await worker.tick();
    const [delivery] = await deliveries(hook.id);
    const resent = await call(resendRoute.POST, "POST", `/api/v1/webhooks/deliveries/${delivery.id}/resend`, {
      params: { id: delivery.id },
    });
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ id: delivery.id, status: "pending", attempts: 0 });
    expect(await worker.tick(new Date(Date.now() + 1000))).toBe(1);
    expect(receiver.received.map((r) => r.headers["x-pedigree-delivery"])).toEqual([delivery.id, delivery.id]);
    const audit = await call(auditRoute.GET, "GET", `/api/v1/audit-events?entityType=webhook&entityId=${hook.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain("webhook_delivery.resend");
    const missing = await call(resendRoute.POST, "POST", "/api/v1/webhooks/deliveries/x/resend", {
      params: { id: "x" },
    });
    expect([400, 404]).toContain(missing.status);
  });

  it("formats the slack flavour as an incoming-webhook message, signed the same way", async () => {
    const conn = await connection();
    const hook = await addWebhook({ flavour: "slack" });
    await measure(5);
    await createWebhookWorker(conn).tick();
    const [request] = receiver.received;
    const body = JSON.parse(request.body);
    expect(body.text).toBe(
      `New measurement of <http://pedigree.test/traits/owl-preference|Owl preference> on <http://pedigree.test/models/${modelId}|Hooked student>: 50.0%.`,
    );
    expect(body.blocks[0].text.text).toBe(body.text);
    expect(
      verifyWebhookSignature(request.body, hook.secret, request.headers["x-pedigree-signature-256"] as string),
    ).toBe(true);
  });
});

describe("the CLI", () => {
  it("adds (printing the secret once), lists, shows deliveries and deletes a webhook", async () => {
    const added = await runPedigree([
      "webhooks",
      "add",
      `${receiver.url}/cli`,
      "--event",
      "measurement.created",
      "--format",
      "slack",
      "--description",
      "from the CLI",
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Signing secret \(shown this once, keep it\): whsec_/);
    const id = /Webhook:\s+(\S+)/.exec(added.stdout)![1];
    created.push(id);
    const listed = await runPedigree(["webhooks", "list"]);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).not.toContain("whsec_");
    await measure();
    await createWebhookWorker(await connection()).tick();
    const shown = await runPedigree(["webhooks", "deliveries", id, "--json"]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).items).toEqual([
      expect.objectContaining({ event: "measurement.created", status: "delivered", lastStatusCode: 200 }),
    ]);
    const refused = await runPedigree(["webhooks", "add", `${receiver.url}/x`, "--event", "model.deleted"]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("not an event");
    const deleted = await runPedigree(["webhooks", "delete", id]);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain(`Deleted webhook ${id}`);
  });
});
