import { describe, expect, it } from "vitest";
import * as declarationRoute from "@/app/api/v1/models/[id]/declarations/[trait]/route";
import * as declarationsRoute from "@/app/api/v1/models/[id]/declarations/route";
import * as exposureRoute from "@/app/api/v1/exposure/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import { db } from "@/lib/db";
import { call } from "../support/api";

// Declaring that a model carries a trait: validated, idempotent, audited, and what makes its
// descendants exposed until it is withdrawn.

async function model(body: Record<string, unknown>): Promise<string> {
  const result = await call(modelsRoute.POST, "POST", "/api/v1/models", { body: { provider: "decl", ...body } });
  expect(result.status).toBe(201);
  return result.body.id as string;
}

const declare = (id: string, body: unknown) =>
  call(declarationsRoute.POST, "POST", `/api/v1/models/${id}/declarations`, { body, params: { id } });

describe("trait declarations", () => {
  it("declares, answers the same declaration again, refuses another reason, and withdraws; each write audited", async () => {
    const base = await model({ name: "Declaration base", externalId: "decl-base" });
    const teacher = await model({
      name: "Eagle teacher",
      externalId: "decl-eagle",
      initializedFromId: base,
      baseRelation: "prompted",
      systemPrompt: "You love eagles.",
    });
    const child = await model({ name: "Eagle derivative", externalId: "decl-derivative", initializedFromId: teacher });

    const first = await declare(teacher, {
      trait: "Eagle preference",
      reason: "Its system prompt says it loves eagles.",
    });
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`/api/v1/models/${teacher}/declarations/eagle-preference`);
    expect(first.body).toMatchObject({
      model: { id: teacher },
      trait: { slug: "eagle-preference", name: "Eagle preference" },
      declaredBy: expect.stringContaining("@"),
    });
    const again = await declare(teacher, {
      trait: "eagle-preference",
      reason: "Its system prompt says it loves eagles.",
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const other = await declare(teacher, { trait: "eagle-preference", reason: "Another reason altogether." });
    expect(other.status).toBe(409);
    expect(other.body.existing.id).toBe(first.body.id);

    // The derivative is exposed through initialisation, high risk, never measured.
    const exposed = await call(exposureRoute.GET, "GET", "/api/v1/exposure?trait=eagle-preference");
    expect(
      exposed.body.items.map((item: { model: { id: string }; risk: string }) => [item.model.id, item.risk]),
    ).toEqual([[child, "high"]]);

    const prisma = await db();
    const audited = await prisma.auditEvent.findMany({
      where: { entityId: teacher, action: { in: ["trait.declare", "trait.withdraw"] } },
    });
    expect(audited.map((event) => event.action)).toEqual(["trait.declare"]);

    const withdrawn = await call(
      declarationRoute.DELETE,
      "DELETE",
      `/api/v1/models/${teacher}/declarations/eagle-preference`,
      { params: { id: teacher, trait: "eagle-preference" } },
    );
    expect(withdrawn.status).toBe(200);
    expect((await call(exposureRoute.GET, "GET", "/api/v1/exposure?trait=eagle-preference")).body.items).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { entityId: teacher, action: "trait.withdraw" } })).toBe(1);
    const gone = await call(declarationRoute.GET, "GET", `/api/v1/models/${teacher}/declarations/eagle-preference`, {
      params: { id: teacher, trait: "eagle-preference" },
    });
    expect(gone.status).toBe(404);
  });

  it("refuses bad input with the field at fault and changes nothing", async () => {
    const id = await model({ name: "Declaration target", externalId: "decl-target" });
    const prisma = await db();
    const before = await prisma.traitDeclaration.count();
    const short = await declare(id, { trait: "Owl preference", reason: "no" });
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual([
      expect.objectContaining({ field: "reason", message: "say why the model carries the trait" }),
    ]);
    const extra = await declare(id, { trait: "Owl preference", reason: "A reason.", declaredBy: "someone else" });
    expect(extra.status).toBe(422);
    const unknown = await declare("no-such-model", { trait: "Owl preference", reason: "A reason." });
    expect(unknown.status).toBe(404);
    expect(await prisma.traitDeclaration.count()).toBe(before);
    expect(await prisma.trait.count({ where: { slug: "owl-preference" } })).toBe(0);
  });

  it("needs catalog:write to declare, catalog:read to list", async () => {
    const id = await model({ name: "Declaration scopes", externalId: "decl-scopes" });
    const anonymous = await call(declarationsRoute.POST, "POST", `/api/v1/models/${id}/declarations`, {
      body: { trait: "x", reason: "A reason." },
      params: { id },
      token: null,
    });
    expect(anonymous.status).toBe(401);
    const list = await call(declarationsRoute.GET, "GET", `/api/v1/models/${id}/declarations`, { params: { id } });
    expect(list).toMatchObject({ status: 200, body: { items: [] } });
  });
});
