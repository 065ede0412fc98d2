import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as modelPreviewRoute from "@/app/api/v1/models/[id]/provenance/preview/route";
import * as modelProvenanceRoute from "@/app/api/v1/models/[id]/provenance/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as traitPreviewRoute from "@/app/api/v1/traits/[slug]/provenance/preview/route";
import * as verifyRoute from "@/app/api/v1/reports/verify/route";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { DEMO_LABEL } from "@/lib/reports/report-demo-mark";
import type { ReportPreview } from "@/lib/reports/report.types";
import { call } from "../support/api";

// Reports of the demo workspace are marked DEMO in every format, and the preview says so before export; a report of
// a user's own models is not marked, unless its lineage reaches into the demo workspace.

const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";
const ids: Record<string, string> = {};
let dir: string;

const preview = (modelId: string, scope = "model") =>
  call<ReportPreview>(modelPreviewRoute.GET, "GET", `/api/v1/models/${modelId}/provenance/preview?scope=${scope}`, {
    params: { id: modelId },
  });

async function exportReport(modelId: string, format: string) {
  const response = await modelProvenanceRoute.GET(
    new Request(`http://pedigree.test/api/v1/models/${modelId}/provenance?format=${format}`, {
      headers: { authorization: "Bearer test-admin-token" },
    }),
    {
      params: Promise.resolve({ id: modelId }),
    },
  );
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function verify(bytes: Buffer) {
  const response = await verifyRoute.POST(
    new Request("http://pedigree.test/api/v1/reports/verify", { method: "POST", body: new Uint8Array(bytes) }),
  );
  return (await response.json()) as { status: string };
}

function pdfInfo(bytes: Buffer): string {
  const file = path.join(dir, `report-${Date.now()}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdfinfo", [file], { encoding: "utf8" });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "pedigree-demo-reports-"));
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  for (const model of await prisma.model.findMany()) ids[model.name] = model.id;
  for (const [name, extra] of [
    ["Acme base", {}],
    ["Acme student of the demo base", { initializedFromId: ids["GPT-4.1 nano"], baseRelation: "finetune" }],
  ] as const) {
    const created = await call(modelsRoute.POST, "POST", "/api/v1/models", {
      body: { name, provider: "acme", ...extra },
    });
    expect(created.status).toBe(201);
    ids[name] = created.body.id;
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reports of the demo workspace", () => {
  it("are previewed as DEMO before export, for a model and for a trait", async () => {
    const owl = await preview(ids[OWL_STUDENT]);
    expect(owl.status).toBe(200);
    expect(owl.body).toMatchObject({
      scope: "model",
      subject: { id: ids[OWL_STUDENT], name: OWL_STUDENT },
      recordCount: 12,
      demo: { label: DEMO_LABEL, demoRecordCount: 12 },
    });
    expect(owl.body.demo?.statement).toMatch(/^Every record in this report comes from Pedigree's demo workspace/);
    const trait = await call<ReportPreview>(
      traitPreviewRoute.GET,
      "GET",
      "/api/v1/traits/owl-preference/provenance/preview",
      { params: { slug: "owl-preference" } },
    );
    expect(trait.body.demo).not.toBeNull();
    expect((await preview("no-such-model")).status).toBe(404);
  });

  it("are marked DEMO in the exported files, and the mark cannot be edited out unnoticed", async () => {
    const csv = await exportReport(ids[OWL_STUDENT], "csv");
    expect(csv.toString("utf8").split("\r\n")[0]).toMatch(/^# DEMO — example data, not an audit\. Every record/);
    expect(await verify(csv)).toMatchObject({ status: "valid" });
    const unmarked = Buffer.from(csv.toString("utf8").split("\r\n").slice(1).join("\r\n"), "utf8");
    expect(await verify(unmarked)).toMatchObject({ status: "tampered" });

    const prov = JSON.parse((await exportReport(ids[OWL_STUDENT], "prov-json")).toString("utf8"));
    const report = Object.entries(prov.entity as Record<string, Record<string, unknown>>).find(([id]) =>
      id.startsWith("pedigree:report/"),
    )![1];
    expect(report).toMatchObject({ "pedigree:demo": true, "pedigree:demoNotice": expect.stringMatching(/^DEMO — /) });

    const info = pdfInfo(await exportReport(ids[OWL_STUDENT], "pdf"));
    expect(info).toContain(`Title:           ${DEMO_LABEL} · Provenance report: ${OWL_STUDENT}`);
    expect(info).toMatch(/Keywords:\s+pedigree-signature:v1:[0-9a-f]{16}:/);
  });
});

describe("reports of a user's own models", () => {
  it("are not marked when nothing in them is the demo workspace's", async () => {
    expect((await preview(ids["Acme base"])).body).toMatchObject({ recordCount: 1, demo: null });
    const csv = (await exportReport(ids["Acme base"], "csv")).toString("utf8");
    expect(csv).not.toContain("DEMO");
    expect((await exportReport(ids["Acme base"], "prov-json")).toString("utf8")).not.toContain("pedigree:demo");
    expect(pdfInfo(await exportReport(ids["Acme base"], "pdf"))).not.toContain("DEMO");
  });

  it("are marked when their lineage reaches into the demo workspace, saying how much of them is demo data", async () => {
    const mixed = await preview(ids["Acme student of the demo base"]);
    expect(mixed.body).toMatchObject({ recordCount: 3, demo: { demoRecordCount: 2 } });
    expect(mixed.body.demo?.statement).toMatch(
      /^2 of its 3 records \(1 model and 1 measurement\) come from Pedigree's demo workspace/,
    );
    expect((await exportReport(ids["Acme student of the demo base"], "csv")).toString("utf8")).toMatch(
      /^# DEMO — example data, not an audit\. 2 of its 3 records/,
    );
  });
});
