import { beforeAll, describe, expect, it } from "vitest";
import * as modelExposureRoute from "@/app/api/v1/models/[id]/exposure/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import type { ModelDto } from "@/lib/models/model-dto";
import { MODEL_ROLES, modelRole } from "@/lib/models/model-role";
import { call } from "../support/api";

// The models list's filters and sorts (GET /api/v1/models, the models page): each filter names the models
// that the rest of Pedigree says it names, and every sort pages through each model once, in order.

async function list(query: string): Promise<ModelDto[]> {
  const items: ModelDto[] = [];
  let cursor: string | null = null;
  do {
    const page = await call(
      modelsRoute.GET,
      "GET",
      `/api/v1/models?${query}&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
    );
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    items.push(...(page.body.items as ModelDto[]));
    cursor = page.body.nextCursor as string | null;
  } while (cursor);
  return items;
}

let all: ModelDto[];

beforeAll(async () => {
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  const base = (await prisma.model.findFirstOrThrow({ where: { name: "GPT-4.1 nano" } })).id;
  for (const body of [
    { name: "Listed prompted model", provider: "listing", initializedFromId: base, baseRelation: "prompted" },
    { name: "Listed quantised model", provider: "listing", initializedFromId: base, baseRelation: "quantized" },
  ]) {
    const created = await call(modelsRoute.POST, "POST", "/api/v1/models", { body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  all = await list("sort=newest");
});

describe("the models list's filters", () => {
  it("lists for each kind exactly the models whose badge says that kind", async () => {
    const seen = new Set<string>();
    for (const role of MODEL_ROLES) {
      const listed = await list(`kind=${role}`);
      expect(listed.map((m) => m.id).sort(), role).toEqual(
        all
          .filter((m) => modelRole(m) === role)
          .map((m) => m.id)
          .sort(),
      );
      for (const model of listed) seen.add(model.id);
    }
    expect(seen.size).toBe(all.length);
    expect((await list("kind=prompted")).map((m) => m.name)).toEqual(["Listed prompted model"]);
  });

  it("tells measured from unmeasured models, on any trait or on one", async () => {
    const unmeasured = await list("measured=unmeasured");
    expect(unmeasured.map((m) => m.id).sort()).toEqual(
      all
        .filter((m) => m.measurementCount === 0)
        .map((m) => m.id)
        .sort(),
    );
    const measured = await list("measured=measured&trait=owl-preference");
    expect(measured.length).toBeGreaterThan(0);
    expect(measured.length + (await list("measured=unmeasured&trait=owl-preference")).length).toBe(all.length);
  });

  it("lists as exposed to a trait exactly the models whose exposure says they inherit it", async () => {
    const exposed = new Set((await list("exposure=exposed&trait=owl-preference")).map((m) => m.id));
    expect(exposed.size).toBeGreaterThan(0);
    for (const model of all) {
      const page = await call(modelExposureRoute.GET, "GET", `/api/v1/models/${model.id}/exposure`, {
        params: { id: model.id },
      });
      const owl = (page.body.traits as { trait: { slug: string }; status: string; sourceCount: number }[]).find(
        (t) => t.trait.slug === "owl-preference",
      );
      expect(exposed.has(model.id), model.name).toBe((owl?.sourceCount ?? 0) > 0);
    }
    const unexposed = await list("exposure=unexposed&trait=owl-preference");
    expect(unexposed.length + exposed.size).toBe(all.length);
  });

  it("refuses a kind or a sort it does not know, naming the parameter", async () => {
    for (const [query, field] of [
      ["kind=teachers", "kind"],
      ["sort=size", "sort"],
      ["exposure=yes", "exposure"],
    ] as const) {
      const answer = await call(modelsRoute.GET, "GET", `/api/v1/models?${query}`);
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).toContain(`"${field}"`);
    }
  });
});

describe("the models list's sorts", () => {
  it("pages through every model once in each order", async () => {
    const byName = await list("sort=name");
    expect(byName.map((m) => m.id).sort()).toEqual(all.map((m) => m.id).sort());
    const names = byName.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect((await list("sort=name-desc")).map((m) => m.name)).toEqual([...names].reverse());

    const byCount = await list("sort=measurements");
    expect(byCount).toHaveLength(all.length);
    const counts = byCount.map((m) => m.measurementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const byProvider = (await list("sort=provider")).map((m) => m.provider);
    expect(byProvider).toEqual([...byProvider].sort());
    expect((await list("sort=oldest")).map((m) => m.id)).toEqual(all.map((m) => m.id).reverse());
  });
});
