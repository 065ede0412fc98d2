import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as csvRoute from "@/app/api/v1/imports/csv/route";
import * as measurementsRoute from "@/app/api/v1/measurements/route";
import * as provenanceRoute from "@/app/api/v1/models/[id]/provenance/route";
import * as runsRoute from "@/app/api/v1/runs/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import { connection, db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { ensureFreshExposures } from "@/lib/exposure/refresh-exposures";
import { createWebhookWorker, stopWebhookWorker } from "@/lib/webhooks/webhook-worker";
import { call } from "../support/api";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// Each event is written in the transaction of the change that causes it, and model.exposed by the refresh
// of the kept exposure, which the worker runs itself: registering a student of a teacher that declared a
// trait sends one model.exposed, without any page being read.
vi.hoisted(() => {
  process.env.PEDIGREE_WEBHOOK_ALLOW_PRIVATE = "1";
});

let receiver: WebhookReceiver;
const ids: Record<string, string> = {};
type Body = { event: string; data: Record<string, { id: string; name?: string; slug?: string; url?: string }> };
const bodies = () => receiver.received.map((r) => JSON.parse(r.body) as Body);

beforeAll(async () => {
  await stopWebhookWorker();
  receiver = await startWebhookReceiver();
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  for (const model of await prisma.model.findMany()) ids[model.name] = model.id;
  for (const dataset of await prisma.dataset.findMany()) ids[dataset.name] = dataset.id;
  await ensureFreshExposures();
  const hook = await call(webhooksRoute.POST, "POST", "/api/v1/webhooks", {
    body: {
      url: `${receiver.url}/all`,
      events: ["model.exposed", "run.created", "report.signed", "measurement.created"],
    },
  });
  expect(hook.status).toBe(201);
});

afterAll(async () => {
  await receiver.close();
});

describe("events", () => {
  it("a student of a teacher that declared a trait: run.created, then model.exposed once, with no page read", async () => {
    const run = await call(runsRoute.POST, "POST", "/api/v1/runs", {
      body: {
        datasetIds: [ids["Owl teacher numbers (filtered)"]],
        initializedFromId: ids["GPT-4.1 nano"],
        teacherIds: [],
        student: { name: "Hooked owl student", provider: "hooks" },
        method: "sft",
      },
    });
    expect(run.status).toBe(201);
    const studentId = run.body.student.id as string;
    const worker = createWebhookWorker(await connection());
    await worker.tick();
    const runEvents = bodies().filter((b) => b.event === "run.created");
    expect(runEvents).toHaveLength(1);
    expect(runEvents[0].data.run.id).toBe(run.body.id);
    expect(runEvents[0].data.model).toMatchObject({ id: studentId, name: "Hooked owl student" });
    const exposed = bodies().filter((b) => b.event === "model.exposed");
    expect(exposed.map((b) => b.data.model.id)).toEqual(exposed.map(() => studentId));
    expect(exposed.filter((b) => b.data.trait.slug === "owl-preference")).toHaveLength(1);
    expect(exposed[0].data.trait.url).toBe("http://pedigree.test/traits/owl-preference");

    // Nothing new: another pass, and a refresh after an unrelated write, send nothing more.
    const before = receiver.received.length;
    await worker.tick();
    await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
      body: { modelId: studentId, trait: "owl-preference", protocol: "hooks", n: 10, positives: 2 },
    });
    await worker.tick();
    expect(
      bodies()
        .slice(before)
        .map((b) => b.event),
    ).toEqual(["measurement.created"]);
  });

  it("a signed report: report.signed with the report and its subject", async () => {
    const modelId = ids["GPT-4.1 nano"];
    const report = await call(provenanceRoute.GET, "GET", `/api/v1/models/${modelId}/provenance?format=prov-json`, {
      params: { id: modelId },
    });
    expect(report.status).toBe(200);
    const reportId = report.headers.get("x-pedigree-report-id");
    const before = receiver.received.length;
    await createWebhookWorker(await connection()).tick();
    const signed = bodies().slice(before);
    expect(signed.map((b) => b.event)).toEqual(["report.signed"]);
    expect(signed[0].data.report).toMatchObject({ id: reportId, format: "prov-json", scope: "model" });
    expect(signed[0].data.model).toMatchObject({ id: modelId, url: `http://pedigree.test/models/${modelId}` });
  });

  it("an import sends one measurement.created per row; a dry run sends nothing, its events rolled back with it", async () => {
    const prisma = await db();
    const events = await prisma.webhookEvent.count();
    const csv = `model_id,trait,protocol,n,positives\n${ids["GPT-4.1 nano"]},owl-preference,imported,10,1\n${ids["GPT-4.1 nano"]},owl-preference,imported,10,2\n`;
    const dry = await call(csvRoute.POST, "POST", "/api/v1/imports/csv?dryRun=1", { rawBody: csv });
    expect(dry.status).toBe(200);
    expect(await prisma.webhookEvent.count()).toBe(events);
    const real = await call(csvRoute.POST, "POST", "/api/v1/imports/csv", { rawBody: csv });
    expect(real.status).toBe(201);
    expect(await prisma.webhookEvent.count({ where: { event: "measurement.created" } })).toBeGreaterThanOrEqual(2);
    expect(await prisma.webhookEvent.count()).toBe(events + 2);
  });
});
