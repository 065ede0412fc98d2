import { beforeAll, describe, expect, it } from "vitest";
import * as exposureListRoute from "@/app/api/v1/exposure/route";
import * as modelExposureRoute from "@/app/api/v1/models/[id]/exposure/route";
import * as measurementsRoute from "@/app/api/v1/measurements/route";
import * as declarationsRoute from "@/app/api/v1/models/[id]/declarations/route";
import * as provenanceRoute from "@/app/api/v1/models/[id]/provenance/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as runsRoute from "@/app/api/v1/runs/route";
import { connection, db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { snapshotContains } from "@/lib/exposure/refresh-exposures";
import { call } from "../support/api";

// Exposure is kept in tables and recomputed when what it depends on changes (lib/exposure/refresh-exposures.ts):
// the "measure next" list pages through the kept rows, and every write, from this process or another
// connection, shows in the next read.

const ids: Record<string, string> = {};
type Item = { model: { id: string; name: string }; trait: { slug: string }; risk: string };

async function student(name: string, base: string): Promise<string> {
  const run = await call(runsRoute.POST, "POST", "/api/v1/runs", {
    body: {
      datasetIds: [ids["Owl teacher numbers (filtered)"]],
      initializedFromId: ids[base],
      student: { name, provider: "kept" },
      method: "sft",
    },
  });
  expect(run.status).toBe(201);
  return run.body.student.id as string;
}

const list = (query: string) => call(exposureListRoute.GET, "GET", `/api/v1/exposure?${query}`);

async function allPages(query: string, limit: number): Promise<{ items: Item[]; totals: number[] }> {
  const items: Item[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(page.status).toBe(200);
    items.push(...(page.body.items as Item[]));
    totals.push(page.body.total as number);
    cursor = page.body.nextCursor as string | null;
  } while (cursor);
  return { items, totals };
}

beforeAll(async () => {
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  for (const model of await prisma.model.findMany()) ids[model.name] = model.id;
  for (const dataset of await prisma.dataset.findMany()) ids[dataset.name] = dataset.id;
  ids["Kept Bravo"] = await student("Kept Bravo", "GPT-4.1 nano");
  ids["Kept Alpha"] = await student("Kept Alpha", "GPT-4.1 nano");
  ids["Kept Charlie"] = await student("Kept Charlie", "Qwen2.5-7B-Instruct");
});

describe("the measure-next list, paged", () => {
  it("gives the same items page by page as in one page, high risk first and then by name, with the total on each page", async () => {
    const whole = await list("trait=owl-preference&limit=200");
    expect(whole.body.nextCursor).toBeNull();
    const names = (whole.body.items as Item[]).map((item) => [item.model.name, item.risk]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["Kept Alpha", "high"],
        ["Kept Bravo", "high"],
        ["Kept Charlie", "lower"],
      ]),
    );
    const ranks = (whole.body.items as Item[]).map((item) => (item.risk === "high" ? 0 : 1));
    expect(ranks).toEqual([...ranks].sort());
    expect(names.findIndex(([name]) => name === "Kept Alpha")).toBeLessThan(
      names.findIndex(([name]) => name === "Kept Bravo"),
    );
    expect(whole.body.total).toBe(whole.body.items.length);

    const paged = await allPages("trait=owl-preference", 1);
    expect(paged.items).toEqual(whole.body.items);
    expect(new Set(paged.totals)).toEqual(new Set([whole.body.total]));
  });

  it("refuses a cursor that is not one of the list's, naming the parameter", async () => {
    for (const cursor of [
      "not-a-cursor",
      Buffer.from(JSON.stringify(["no-model", "no-trait"])).toString("base64url"),
    ]) {
      const result = await list(`cursor=${cursor}`);
      expect(result.status).toBe(400);
      expect(result.body.errors).toEqual([expect.objectContaining({ field: "cursor", location: "query" })]);
    }
  });
});

describe("the kept exposure follows every write", () => {
  it("drops a student from the list once it is measured, and from its own page's unmeasured status", async () => {
    const before = await list("trait=owl-preference&limit=200");
    const measured = await call(measurementsRoute.POST, "POST", "/api/v1/measurements", {
      body: {
        modelId: ids["Kept Alpha"],
        trait: "owl-preference",
        protocol: "sl-animal-50q-x100",
        n: 500,
        positives: 60,
      },
    });
    expect(measured.status).toBe(201);
    const after = await list("trait=owl-preference&limit=200");
    expect(after.body.total).toBe(before.body.total - 1);
    expect((after.body.items as Item[]).map((item) => item.model.name)).not.toContain("Kept Alpha");
    const own = await call(modelExposureRoute.GET, "GET", `/api/v1/models/${ids["Kept Alpha"]}/exposure`, {
      params: { id: ids["Kept Alpha"] },
    });
    expect(own.body.traits[0]).toMatchObject({ trait: { slug: "owl-preference" }, status: "measured" });
  });

  it("sees a write committed through another connection, as a second app instance would make it", async () => {
    await list("limit=1");
    await (
      await connection()
    ).withExecutor((other) =>
      other.exec(`UPDATE models SET name = 'Kept Bravo, renamed' WHERE id = '${ids["Kept Bravo"]}'`),
    );
    const after = await list("trait=owl-preference&limit=200");
    const names = (after.body.items as Item[]).map((item) => item.model.name);
    expect(names).toContain("Kept Bravo, renamed");
    expect(names).not.toContain("Kept Bravo");
  });
});

describe("a long chain of students that each carry the trait", () => {
  it("counts every source upstream and keeps the nearest five paths, alike on the model's page, in the list and in a report", async () => {
    const chain: string[] = [];
    for (let i = 0; i < 12; i++) {
      const created = await call(modelsRoute.POST, "POST", "/api/v1/models", {
        body: { name: `Chain ${String(i).padStart(2, "0")}`, provider: "chain", initializedFromId: chain.at(-1) },
      });
      expect(created.status).toBe(201);
      chain.push(created.body.id as string);
    }
    for (const id of chain) {
      const declared = await call(declarationsRoute.POST, "POST", `/api/v1/models/${id}/declarations`, {
        body: { trait: "Chain trait", reason: "Each link was prompted to carry it." },
        params: { id },
      });
      expect(declared.status).toBe(201);
    }
    const last = chain[11];
    const nearest = ["Chain 10", "Chain 09", "Chain 08", "Chain 07", "Chain 06"];

    const page = await call(modelExposureRoute.GET, "GET", `/api/v1/models/${last}/exposure`, { params: { id: last } });
    const own = (page.body.traits as { trait: { slug: string } }[]).find((t) => t.trait.slug === "chain-trait");
    expect(own).toMatchObject({ status: "unmeasured", sourceCount: 11 });
    const ownPaths = (own as unknown as { exposures: { source: { name: string }; risk: string; path: unknown[] }[] })
      .exposures;
    expect(ownPaths.map((p) => [p.source.name, p.risk, p.path.length])).toEqual(
      nearest.map((name, i) => [name, "high", i + 2]),
    );

    const listed = await list("trait=chain-trait&limit=200");
    const item = (listed.body.items as (Item & { sourceCount: number; exposures: unknown[] })[]).find(
      (entry) => entry.model.id === last,
    );
    expect(item).toMatchObject({ risk: "high", sourceCount: 11, exposures: ownPaths });
    expect(listed.body.total).toBe(11);

    const report = await call(provenanceRoute.GET, "GET", `/api/v1/models/${last}/provenance?format=cyclonedx`, {
      params: { id: last },
    });
    expect(report.status).toBe(200);
    const bom = report.body as { metadata: { component: { properties: { name: string; value: string }[] } } };
    const said = bom.metadata.component.properties.filter((p) => p.name === "pedigree:exposure").map((p) => p.value);
    const paths = said.filter((line) => line.includes(" was the starting point of "));
    expect(paths.map((line) => line.slice(0, line.indexOf(" was")))).toEqual(nearest);
    expect(said.at(-1)).toBe(
      "And 6 more sources further upstream, each also carrying the trait; the nearest are shown.",
    );
  });
});

describe("snapshot order", () => {
  it("tells a later snapshot from an earlier one, so an older computation never replaces a newer one", async () => {
    const prisma = await db();
    const snapshot = async () =>
      (await prisma.$queryRaw<{ s: string }[]>`SELECT pg_current_snapshot()::text AS s`)[0].s;
    const earlier = await snapshot();
    await prisma.$executeRaw`UPDATE traits SET name = name WHERE slug = 'owl-preference'`;
    const later = await snapshot();
    await (
      await connection()
    ).withExecutor(async (sql) => {
      expect(await snapshotContains(sql, later, earlier)).toBe(true);
      expect(await snapshotContains(sql, earlier, earlier)).toBe(true);
      expect(await snapshotContains(sql, earlier, later)).toBe(false);
    });
  });
});
