import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import * as auditRoute from "@/app/api/v1/audit-events/route";
import * as exportRoute from "@/app/api/v1/audit-events/export/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as usersRoute from "@/app/api/v1/users/route";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorForUser } from "@/lib/auth/authenticate-request";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { createToken } from "@/lib/tokens/create-token";
import { call } from "../support/api";
import type { UntypedJson } from "../support/untyped-json";

// A name that breaks naive CSV (comma, quote, line break) and that a spreadsheet would run as a formula.
const AWKWARD_NAME = '=HYPERLINK("http://evil.example"), "owl"\nstudent';

const list = (query: string, token?: string) =>
  call(auditRoute.GET, "GET", `/api/v1/audit-events?${query}`, token ? { token } : {});
const exportFile = (query: string, token?: string) =>
  call(exportRoute.GET, "GET", `/api/v1/audit-events/export?${query}`, token ? { token } : {});

async function tokenFor(role: "viewer" | "auditor", label: string) {
  const user = await call(usersRoute.POST, "POST", "/api/v1/users", {
    body: { email: `${label}@example.org`, name: `${label} person`, role, password: "a-long-password-123" },
  });
  expect(user.status).toBe(201);
  const actor = await actorForUser(user.body.id);
  return (await createToken(actor!, { name: `${label} laptop` })).token;
}

let awkwardModelId = "";
let auditorToken = "";
let viewerToken = "";

beforeAll(async () => {
  const prisma = await db();
  await seedDemoWorkspace(prisma);
  const created = await call(modelsRoute.POST, "POST", "/api/v1/models", {
    body: { name: AWKWARD_NAME, provider: "test" },
  });
  expect(created.status).toBe(201);
  awkwardModelId = created.body.id;
  auditorToken = await tokenFor("auditor", "auditor");
  viewerToken = await tokenFor("viewer", "viewer");
});

describe("GET /api/v1/audit-events names actors and objects", () => {
  it("names every demo object with a link to its page, and the system as the actor", async () => {
    const result = await list("action=demo.seed&limit=200");
    expect(result.status).toBe(200);
    const items = result.body.items as UntypedJson[];
    expect(items.length).toBeGreaterThan(20);
    const paths: Record<string, RegExp> = {
      model: /^\/models\/\w+$/,
      dataset: /^\/datasets\/\w+$/,
      generation: /^\/datasets\/\w+$/,
      distillation_run: /^\/runs\/\w+$/,
      trait: /^\/traits\/owl-preference$/,
      measurement: /^\/models\/\w+$/,
      trait_declaration: /^\/models\/\w+$/,
    };
    expect(new Set(items.map((event) => event.entityType))).toEqual(new Set(Object.keys(paths)));
    for (const event of items) {
      expect(event.actor).toEqual({ kind: "system", name: "system", email: null, tokenName: null, deleted: false });
      expect(event.entity.deleted).toBe(false);
      expect(event.entity.name).toEqual(expect.any(String));
      expect(event.entity.path).toMatch(paths[event.entityType]);
    }
    const prisma = await db();
    const student = await prisma.model.findFirstOrThrow({ where: { name: "GPT-4.1 nano owl-numbers student" } });
    const run = await prisma.distillationRun.findFirstOrThrow({ where: { studentId: student.id } });
    const runEvent = items.find((event) => event.entityId === run.id);
    expect(runEvent.entity).toEqual({ name: `Run of ${student.name}`, path: `/runs/${run.id}`, deleted: false });
    const measurementEvent = items.find((event) => event.entityType === "measurement");
    expect(measurementEvent.entity.name).toMatch(/^Owl preference of /);
  });

  it("names the user and the token an API write came through", async () => {
    const result = await list(`entityType=model&entityId=${awkwardModelId}`);
    expect(result.body.items).toHaveLength(1);
    const [event] = result.body.items;
    expect(event).toMatchObject({
      action: "model.create",
      viaToken: true,
      actor: {
        kind: "token",
        name: "Administrator",
        email: "admin@test.local",
        tokenName: "PEDIGREE_ADMIN_TOKEN",
        deleted: false,
      },
      entity: { name: AWKWARD_NAME, path: `/models/${awkwardModelId}`, deleted: false },
    });
  });

  it("shows a deleted object by the name its snapshot kept, else by its id, marked deleted", async () => {
    const prisma = await db();
    const gone = await prisma.model.create({ data: { name: "Retired owl student", provider: "test" } });
    await prisma.$transaction(async (tx) => {
      await recordAuditEvent(tx, "system", {
        action: "test.retire",
        entityType: "model",
        entityId: gone.id,
        before: { id: gone.id, name: gone.name },
      });
      await recordAuditEvent(tx, "system", {
        action: "test.retire",
        entityType: "dataset",
        entityId: "no-such-dataset",
      });
    });
    await prisma.model.delete({ where: { id: gone.id } });
    const result = await list("action=test.retire");
    const byId = Object.fromEntries(result.body.items.map((event: UntypedJson) => [event.entityId, event.entity]));
    expect(byId[gone.id]).toEqual({ name: "Retired owl student", path: null, deleted: true });
    expect(byId["no-such-dataset"]).toEqual({ name: null, path: null, deleted: true });
  });
});

describe("GET /api/v1/audit-events filters", () => {
  beforeAll(async () => {
    const prisma = await db();
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@test.local" } });
    await prisma.auditEvent.createMany({
      data: ["2020-01-01T10:00:00Z", "2020-01-02T10:00:00Z", "2020-01-03T10:00:00Z"].map((at, index) => ({
        actorUserId: index === 0 ? admin.id : null,
        actorLabel: index === 0 ? admin.email : "system",
        action: "test.time",
        // Runs are recorded as "run" by the API and as "distillation_run" by the demo seeding.
        entityType: index === 2 ? "distillation_run" : "run",
        entityId: `run-${index}`,
        createdAt: new Date(at),
      })),
    });
  });

  const ids = async (query: string) => {
    const result = await list(`action=test.time&${query}`);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    return result.body.items.map((event: UntypedJson) => event.entityId);
  };

  it("bounds the time: days include all of themselves, instants are included, offsets are honoured", async () => {
    expect(await ids("")).toEqual(["run-2", "run-1", "run-0"]);
    expect(await ids("from=2020-01-02")).toEqual(["run-2", "run-1"]);
    expect(await ids("to=2020-01-02")).toEqual(["run-1", "run-0"]);
    expect(await ids("from=2020-01-02T10:00:00.000Z&to=2020-01-02T10:00:00.000Z")).toEqual(["run-1"]);
    expect(await ids("to=2020-01-02T10:00:00%2B01:00")).toEqual(["run-0"]);
  });

  it("matches both names of a run's type, the actor by name, email or token name, and pages by cursor", async () => {
    expect(await ids("entityType=distillation_run")).toEqual(["run-2", "run-1", "run-0"]);
    expect(await ids("entityType=run&entityId=run-1")).toEqual(["run-1"]);
    expect(await ids("actor=ADMINISTRATOR")).toEqual(["run-0"]);
    expect(await ids("actor=system")).toEqual(["run-2", "run-1"]);
    expect(await ids("actor=%25")).toEqual([]);
    const tokenName = await list(`actor=PEDIGREE_ADMIN&entityId=${awkwardModelId}`);
    expect(tokenName.body.items).toHaveLength(1);

    const first = await list("action=test.time&limit=2");
    expect(first.body.items).toHaveLength(2);
    const second = await list(`action=test.time&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((event: UntypedJson) => event.entityId)).toEqual(["run-0"]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("answers a bad filter with problem+json 400 naming the parameter", async () => {
    for (const [query, field] of [
      ["from=yesterday", "from"],
      ["to=2020-13-01", "to"],
      ["from=2020-01-03&to=2020-01-02", "to"],
      ["cursor=not-an-event", "cursor"],
    ]) {
      const result = await list(query);
      expect(result.status, query).toBe(400);
      expect(result.contentType).toBe("application/problem+json");
      expect(result.body.errors.map((error: UntypedJson) => error.field)).toEqual([field]);
    }
    const unknown = await list("colour=red");
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.errors)).toContain("colour");
  });
});

describe("GET /api/v1/audit-events/export", () => {
  it("writes every matching event as CSV, quoting awkward names and disarming formulas", async () => {
    const result = await exportFile(`format=csv&entityId=${awkwardModelId}`);
    expect(result.status).toBe(200);
    expect(result.contentType).toBe("text/csv; charset=utf-8");
    expect(result.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-log-[a-z0-9]+-\d{8}-\d{4}\.csv"$/,
    );
    const text = result.body as string;
    expect(text.startsWith("time_utc,action,actor,actor_email,actor_token,")).toBe(true);
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "model.create",
      actor: "Administrator",
      actor_email: "admin@test.local",
      actor_token: "PEDIGREE_ADMIN_TOKEN",
      object_type: "model",
      object_id: awkwardModelId,
      // The leading apostrophe keeps the name text in a spreadsheet; the rest survives intact.
      object_name: `'${AWKWARD_NAME}`,
      object_deleted: "false",
      object_url: `http://pedigree.test/models/${awkwardModelId}`,
      before: "",
    });
    expect(JSON.parse(rows[0].after)).toMatchObject({ id: awkwardModelId, name: AWKWARD_NAME });
  });

  it("streams all the matching events, not one page, in the log's order", async () => {
    const prisma = await db();
    const start = Date.UTC(2019, 0, 1);
    await prisma.auditEvent.createMany({
      data: Array.from({ length: 1203 }, (_, index) => ({
        actorLabel: "system",
        action: "test.bulk",
        entityType: "client_address",
        entityId: `10.0.${Math.floor(index / 256)}.${index % 256}`,
        createdAt: new Date(start + Math.floor(index / 2) * 1000),
      })),
    });
    const csv = await exportFile("format=csv&action=test.bulk");
    const rows = parse<Record<string, string>>(csv.body as string, { columns: true });
    expect(rows).toHaveLength(1203);
    expect(new Set(rows.map((row) => row.event_id)).size).toBe(1203);
    expect(rows[0].time_utc).toBe(new Date(start + 601_000).toISOString());
    expect(rows.at(-1)!.time_utc).toBe(new Date(start).toISOString());
    expect(rows[0]).toMatchObject({ actor: "system", object_name: rows[0].object_id, object_deleted: "false" });

    const json = await exportFile("format=json&action=test.bulk&from=2019-01-01T00:05:00Z");
    expect(json.contentType).toBe("application/json; charset=utf-8");
    expect(json.headers.get("content-disposition")).toMatch(/filename="audit-log-test-bulk-\d{8}-\d{4}\.json"/);
    const document = json.body;
    expect(document.filters).toEqual({ action: "test.bulk", from: "2019-01-01T00:05:00Z" });
    expect(document.instance).toBe("http://pedigree.test");
    // 00:05:00 to 00:10:01, two events a second.
    expect(document.events).toHaveLength(1203 - 600);
    expect(document.events[0]).toMatchObject({ action: "test.bulk", actor: { kind: "system" }, entity: {} });
  });

  it("writes an empty but valid file when nothing matches", async () => {
    const json = await exportFile("format=json&action=nothing.matches");
    expect(json.body.events).toEqual([]);
    const csv = await exportFile("format=csv&action=nothing.matches");
    expect(parse(csv.body as string, { columns: true })).toEqual([]);
  });

  it("names a bad format or filter, and keeps the log to callers with the audit scope", async () => {
    const noFormat = await exportFile("action=model.create");
    expect(noFormat.status).toBe(400);
    expect(noFormat.body.errors.map((error: UntypedJson) => error.field)).toEqual(["format"]);
    const badFormat = await exportFile("format=xlsx");
    expect(badFormat.body.errors.map((error: UntypedJson) => error.field)).toEqual(["format"]);
    expect((await exportFile("format=csv&from=soon")).body.errors[0].field).toBe("from");

    expect((await exportFile("format=csv", viewerToken)).status).toBe(403);
    expect((await list("", viewerToken)).status).toBe(403);
    const auditor = await exportFile("format=json&action=model.create", auditorToken);
    expect(auditor.status).toBe(200);
    expect(auditor.body.events.length).toBeGreaterThan(0);
  });
});
