import { beforeAll, describe, expect, it } from "vitest";
import * as modelProvenanceRoute from "@/app/api/v1/models/[id]/provenance/route";
import * as traitProvenanceRoute from "@/app/api/v1/traits/[slug]/provenance/route";
import * as reportRoute from "@/app/api/v1/reports/[id]/route";
import * as publicKeyRoute from "@/app/api/v1/reports/public-key/route";
import * as reportsRoute from "@/app/api/v1/reports/route";
import * as verifyRoute from "@/app/api/v1/reports/verify/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import * as transferRoute from "@/app/api/v1/runs/[id]/transfer/route";
import { db } from "@/lib/db";
import { comparisonSentence } from "@/lib/measurements/comparison-text";
import { escapeHtml } from "@/lib/reports/printable/html/escape-html";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { findSlots } from "@/lib/reports/signature-slot";
import { ADMIN_TOKEN, call } from "../support/api";
import { cycloneDxValidator, validateProvJson as validateProv, validateSpdx } from "../support/export-validators";

// Every prov-json and cyclonedx export of the demo workspace is checked against the official schemas,
// and the owl student's content is checked item by item; then the signatures: an untouched report
// verifies, a changed byte does not.

/** The parts of a CycloneDX component these tests read. */
interface BomComponent {
  name: string;
  type: string;
  "bom-ref": string;
  hashes?: unknown[];
  pedigree?: { ancestors?: unknown[] };
  modelCard?: {
    modelParameters: { datasets: unknown[] };
    quantitativeAnalysis: {
      performanceMetrics: {
        value: string | number;
        confidenceInterval: { lowerBound: string | number; upperBound: string | number };
      }[];
    };
  };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function download(
  handler: Handler,
  path: string,
  params: Record<string, string>,
  token: string | null = ADMIN_TOKEN,
) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const response = await handler(new Request(new URL(path, "http://pedigree.test"), { headers }), {
    params: Promise.resolve(params),
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const modelReport = (modelId: string, format: string, scope = "model", token?: string | null) =>
  download(
    modelProvenanceRoute.GET,
    `/api/v1/models/${modelId}/provenance?format=${format}&scope=${scope}`,
    { id: modelId },
    token,
  );

async function verify(bytes: Buffer) {
  const response = await verifyRoute.POST(
    new Request("http://pedigree.test/api/v1/reports/verify", { method: "POST", body: new Uint8Array(bytes) }),
  );
  return { status: response.status, body: await response.json() };
}

const ids: Record<string, string> = {};
const datasetSha: Record<string, string> = {};

beforeAll(async () => {
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  for (const model of await prisma.model.findMany()) ids[model.name] = model.id;
  for (const dataset of await prisma.dataset.findMany()) {
    ids[dataset.name] = dataset.id;
    datasetSha[dataset.name] = dataset.sha256;
  }
});

const OWL_STUDENT = "GPT-4.1 nano owl-numbers student";

describe("provenance exports of the demo workspace", () => {
  it("validates every model's PROV-JSON and CycloneDX export, of its ancestry and of its whole lineage, against the official schemas", async () => {
    const modelNames = Object.keys(ids).filter((name) => !(name in datasetSha));
    expect(modelNames.length).toBeGreaterThanOrEqual(6);
    for (const name of modelNames) {
      for (const scope of ["model", "lineage"]) {
        const prov = await modelReport(ids[name], "prov-json", scope);
        expect(prov.status, `${name} ${scope} prov-json`).toBe(200);
        const provDocument = JSON.parse(prov.bytes.toString("utf8"));
        expect(validateProv(provDocument), `${name} ${scope}: ${JSON.stringify(validateProv.errors)}`).toBe(true);

        const bom = await modelReport(ids[name], "cyclonedx", scope);
        expect(bom.status, `${name} ${scope} cyclonedx`).toBe(200);
        expect(await cycloneDxValidator.validate(bom.bytes.toString("utf8")), `${name} ${scope}`).toBeNull();
      }
    }
  }, 120_000);

  it("validates the trait report across models too", async () => {
    const prov = await download(traitProvenanceRoute.GET, "/api/v1/traits/owl-preference/provenance?format=prov-json", {
      slug: "owl-preference",
    });
    expect(prov.status).toBe(200);
    expect(validateProv(JSON.parse(prov.bytes.toString("utf8"))), JSON.stringify(validateProv.errors)).toBe(true);
    const bom = await download(traitProvenanceRoute.GET, "/api/v1/traits/owl-preference/provenance?format=cyclonedx", {
      slug: "owl-preference",
    });
    expect(await cycloneDxValidator.validate(bom.bytes.toString("utf8"))).toBeNull();
    const text = bom.bytes.toString("utf8");
    for (const name of [
      OWL_STUDENT,
      "GPT-4.1 nano control-numbers student",
      "Qwen2.5-7B owl-numbers student",
      "GPT-4.1 nano",
    ])
      expect(text).toContain(JSON.stringify(name));
  });

  it("puts the owl teacher, the filtered dataset's SHA-256, the base model and the measurements with intervals in the owl student's CycloneDX ML-BOM", async () => {
    const bom = JSON.parse((await modelReport(ids[OWL_STUDENT], "cyclonedx")).bytes.toString("utf8"));
    const components: BomComponent[] = [bom.metadata?.component, ...(bom.components ?? [])].filter(Boolean);
    const byName = (name: string) => components.find((c) => c.name === name);
    const student = byName(OWL_STUDENT);
    const teacher = byName("GPT-4.1 nano owl teacher");
    const base = byName("GPT-4.1 nano");
    const filtered = byName("Owl teacher numbers (filtered)");
    expect(student?.type).toBe("machine-learning-model");
    expect(teacher?.type).toBe("machine-learning-model");
    expect(base?.type).toBe("machine-learning-model");
    expect(filtered?.type).toBe("data");
    expect(filtered!.hashes).toContainEqual({ alg: "SHA-256", content: datasetSha["Owl teacher numbers (filtered)"] });
    const ancestorRefs = JSON.stringify(student!.pedigree?.ancestors ?? []);
    expect(ancestorRefs).toContain(teacher!["bom-ref"]);
    expect(ancestorRefs).toContain(base!["bom-ref"]);
    expect(JSON.stringify(student!.modelCard!.modelParameters.datasets)).toContain(filtered!["bom-ref"]);
    const metrics = student!.modelCard!.quantitativeAnalysis.performanceMetrics;
    expect(metrics.length).toBeGreaterThan(0);
    for (const metric of metrics) {
      expect(Number(metric.confidenceInterval.lowerBound)).toBeLessThanOrEqual(Number(metric.value));
      expect(Number(metric.confidenceInterval.upperBound)).toBeGreaterThanOrEqual(Number(metric.value));
    }
    expect(metrics.some((metric) => Number(metric.value) > 0.5)).toBe(true);
    // The control student and the Qwen lineage are not the owl student's provenance.
    expect(byName("GPT-4.1 nano control-numbers student")).toBeUndefined();
    expect(byName("Qwen2.5-7B-Instruct")).toBeUndefined();
  });

  it("relates the owl student to its teacher's data and its base in PROV-JSON", async () => {
    const text = (await modelReport(ids[OWL_STUDENT], "prov-json")).bytes.toString("utf8");
    const prov = JSON.parse(text);
    for (const key of ["entity", "activity", "agent", "wasGeneratedBy", "used", "wasDerivedFrom", "wasAssociatedWith"])
      expect(prov[key], key).toBeTruthy();
    expect(text).toContain(datasetSha["Owl teacher numbers (filtered)"]);
    expect(text).toContain("GPT-4.1 nano owl teacher");
    const entityIds = Object.keys(prov.entity);
    expect(entityIds.some((id) => id.includes(ids["GPT-4.1 nano"]))).toBe(true);
    expect(entityIds.some((id) => id.includes(ids[OWL_STUDENT]))).toBe(true);
  });

  it("states the run's transfer effect and the exposure in the same words as the run page and the API", async () => {
    const prisma = await db();
    const run = await prisma.distillationRun.findFirstOrThrow({ where: { studentId: ids[OWL_STUDENT] } });
    const transfer = await call(transferRoute.GET, "GET", `/api/v1/runs/${run.id}/transfer`, {
      params: { id: run.id },
    });
    const [effect] = transfer.body.effects;
    const expected = [
      comparisonSentence(effect.control.comparison),
      comparisonSentence(effect.initialization.comparison),
    ];
    expect(expected[0]).toMatch(/^shift up: \+\d+\.\d pp .* Welch's t-test across seeds \(3 vs 3 seeds\)$/);

    const cyclone = JSON.parse((await modelReport(ids[OWL_STUDENT], "cyclonedx")).bytes.toString("utf8"));
    const transfers = cyclone.metadata.component.properties
      .filter((p: { name: string }) => p.name === "pedigree:transfer")
      .map((p: { value: string }) => p.value);
    expect(transfers).toEqual([
      `owl-preference: vs control (GPT-4.1 nano control-numbers student): ${expected[0]}`,
      `owl-preference: vs initialisation (GPT-4.1 nano): ${expected[1]}`,
    ]);
    const prov = JSON.parse((await modelReport(ids[OWL_STUDENT], "prov-json")).bytes.toString("utf8"));
    expect(
      Object.values(prov.activity as Record<string, Record<string, unknown>>).flatMap(
        (a) => (a["pedigree:transfer"] as string[] | undefined) ?? [],
      ),
    ).toEqual(transfers);
    const html = (await modelReport(ids[OWL_STUDENT], "html")).bytes.toString("utf8");
    expect(html).toContain("shift up");
    expect(html).toContain(escapeHtml(expected[0].replace(/^shift up: /, "")));
    // The teacher is a declared source in every format.
    const teacherBom = JSON.parse(
      (await modelReport(ids["GPT-4.1 nano owl teacher"], "cyclonedx")).bytes.toString("utf8"),
    );
    const exposure = teacherBom.metadata.component.properties
      .filter((p: { name: string }) => p.name === "pedigree:exposure")
      .map((p: { value: string }) => p.value);
    expect(exposure.join("\n")).toContain(
      "owl-preference: declared to carry the trait by system: Its system prompt tells it that it loves owls",
    );
  });

  it("writes the measurements CSV, the SPDX document, and the printable HTML and PDF, each signed", async () => {
    for (const format of ["csv", "spdx", "html", "pdf"]) {
      const result = await modelReport(ids[OWL_STUDENT], format);
      expect(result.status, format).toBe(200);
      expect(result.headers.get("content-disposition"), format).toMatch(
        /^attachment; filename="provenance-gpt-4-1-nano-owl-numbers-student-\d{4}-\d{2}-\d{2}-rpt_/,
      );
      expect(findSlots(result.bytes).length, format).toBeGreaterThan(0);
      expect((await verify(result.bytes)).body, format).toMatchObject({
        status: "valid",
        intact: true,
        signedHere: true,
      });
    }
    const pdf = await modelReport(ids[OWL_STUDENT], "pdf");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const spdx = JSON.parse((await modelReport(ids[OWL_STUDENT], "spdx", "lineage")).bytes.toString("utf8"));
    expect(validateSpdx(spdx), JSON.stringify(validateSpdx.errors?.slice(0, 5))).toBe(true);
    const csv = (await modelReport(ids[OWL_STUDENT], "csv")).bytes.toString("utf8");
    expect(csv).toContain(OWL_STUDENT);
  });

  it("answers problems for a bad format, an unknown model, and a caller without the reports scope", async () => {
    const badFormat = await call(
      modelProvenanceRoute.GET,
      "GET",
      `/api/v1/models/${ids[OWL_STUDENT]}/provenance?format=docx`,
      { params: { id: ids[OWL_STUDENT] } },
    );
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.errors[0].field).toBe("format");
    const unknown = await call(modelProvenanceRoute.GET, "GET", "/api/v1/models/nope/provenance?format=pdf", {
      params: { id: "nope" },
    });
    expect(unknown.status).toBe(404);
    const viewer = await call(tokensRoute.POST, "POST", "/api/v1/tokens", { body: { name: "viewer", role: "viewer" } });
    const refused = await modelReport(ids[OWL_STUDENT], "pdf", "model", viewer.body.token);
    expect(refused.status).toBe(403);
    expect((await modelReport(ids[OWL_STUDENT], "pdf", "model", null)).status).toBe(401);
  });
});

describe("what a report covers", () => {
  it("covers a model's ancestors only, and with scope=lineage its descendants too", async () => {
    const teacher = "GPT-4.1 nano owl teacher";
    const own = JSON.parse((await modelReport(ids[teacher], "cyclonedx")).bytes.toString("utf8"));
    const names = (bom: { metadata: { component: BomComponent }; components: BomComponent[] }) =>
      [bom.metadata.component, ...bom.components].map((c) => c.name);
    expect(names(own)).toEqual(expect.arrayContaining([teacher, "GPT-4.1 nano"]));
    expect(names(own)).not.toContain(OWL_STUDENT);
    const lineage = JSON.parse((await modelReport(ids[teacher], "cyclonedx", "lineage")).bytes.toString("utf8"));
    expect(names(lineage)).toEqual(
      expect.arrayContaining([
        teacher,
        "GPT-4.1 nano",
        "Owl teacher numbers (raw)",
        "Owl teacher numbers (filtered)",
        OWL_STUDENT,
        "Qwen2.5-7B owl-numbers student",
      ]),
    );
    expect(names(lineage)).not.toContain("GPT-4.1 nano control-numbers student");
  });

  it("refuses a trait nobody was measured for, and an unknown trait", async () => {
    const prisma = await db();
    await prisma.trait.create({ data: { slug: "never-measured", name: "Never measured" } });
    const empty = await call(traitProvenanceRoute.GET, "GET", "/api/v1/traits/never-measured/provenance?format=csv", {
      params: { slug: "never-measured" },
    });
    expect(empty.status).toBe(409);
    expect(empty.body.detail).toContain("Never measured");
    const unknown = await call(traitProvenanceRoute.GET, "GET", "/api/v1/traits/nope/provenance?format=csv", {
      params: { slug: "nope" },
    });
    expect(unknown.status).toBe(404);
  });
});

describe("signed reports", () => {
  it("verifies an untouched report, names its record, and refuses it with any one byte changed", async () => {
    const report = await modelReport(ids[OWL_STUDENT], "cyclonedx");
    const reportId = report.headers.get("x-pedigree-report-id")!;
    const intact = await verify(report.bytes);
    expect(intact.status).toBe(200);
    expect(intact.body).toMatchObject({
      status: "valid",
      intact: true,
      signedHere: true,
      report: { id: reportId, format: "cyclonedx" },
    });
    expect(intact.body.claimedDigest).toBe(report.headers.get("x-pedigree-sha256"));

    const text = report.bytes.toString("utf8");
    const at = text.indexOf("GPT-4.1 nano owl teacher");
    const changed = Buffer.from(report.bytes);
    changed[at] = "g".charCodeAt(0);
    expect((await verify(changed)).body).toMatchObject({ status: "tampered", intact: false, signedHere: true });

    const pdf = await modelReport(ids[OWL_STUDENT], "pdf");
    const flipped = Buffer.from(pdf.bytes);
    flipped[Math.floor(flipped.length / 2)] ^= 0x01;
    expect((await verify(flipped)).body).toMatchObject({ intact: false });
    expect((await verify(Buffer.from("not a report"))).body).toMatchObject({
      status: "unsigned",
      intact: false,
      signedHere: false,
    });
  });

  it("answers a problem for an empty body and an over-large one, reading no more than the limit", async () => {
    const empty = await verifyRoute.POST(new Request("http://pedigree.test/api/v1/reports/verify", { method: "POST" }));
    expect(empty.status).toBe(400);
    const declared = await verifyRoute.POST(
      new Request("http://pedigree.test/api/v1/reports/verify", {
        method: "POST",
        body: "x",
        headers: { "content-length": String(65 * 1024 * 1024) },
      }),
    );
    expect(declared.status).toBe(413);
    expect(declared.headers.get("content-type")).toContain("application/problem+json");
  });

  it("publishes the public key, the key that signed the reports", async () => {
    const key = await call(publicKeyRoute.GET, "GET", "/api/v1/reports/public-key", { token: null });
    expect(key.status).toBe(200);
    expect(key.body).toMatchObject({ algorithm: "Ed25519", keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(key.body.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const report = await modelReport(ids[OWL_STUDENT], "csv");
    expect(report.headers.get("x-pedigree-key-id")).toBe(key.body.keyId);
    expect(findSlots(report.bytes)[0].keyId).toBe(key.body.keyId);
  });

  it("keeps each report's signed bytes, lists them newest first with who made them, and audits every export", async () => {
    const report = await modelReport(ids[OWL_STUDENT], "html", "lineage");
    const reportId = report.headers.get("x-pedigree-report-id")!;
    const list = await call(reportsRoute.GET, "GET", "/api/v1/reports?limit=5");
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({
      id: reportId,
      format: "html",
      scope: "lineage",
      subject: { id: ids[OWL_STUDENT], name: OWL_STUDENT },
      sha256: report.headers.get("x-pedigree-sha256"),
      createdBy: expect.stringContaining("admin@test.local"),
    });
    const again = await download(reportRoute.GET, `/api/v1/reports/${reportId}`, { id: reportId });
    expect(again.status).toBe(200);
    expect(again.bytes.equals(report.bytes)).toBe(true);

    const prisma = await db();
    const event = await prisma.auditEvent.findFirst({ where: { action: "report.export", entityId: reportId } });
    expect(event?.after).toMatchObject({
      format: "html",
      scope: "lineage",
      sha256: report.headers.get("x-pedigree-sha256"),
    });
    const exports = await prisma.auditEvent.count({ where: { action: "report.export" } });
    expect(exports).toBe(await prisma.report.count());
  });
});
