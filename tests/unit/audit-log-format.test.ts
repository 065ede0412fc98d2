import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { auditActorOf, auditEntityOf, entityPath, entityTypesMatching } from "@/lib/audit/audit-entity-names";
import {
  auditCsvHeader,
  auditCsvLine,
  auditExportFileName,
  auditJsonEvent,
  auditJsonHead,
  auditJsonTail,
} from "@/lib/audit/audit-export-format";
import { isoOfUtcInput, utcInputOf } from "@/lib/audit/audit-time-input";
import { timeRangeOf, ZListAuditEventsQuery, type AuditEventDto } from "@/lib/audit/audit.types";
import { csvLine } from "@/lib/format/csv";

const event: AuditEventDto = {
  id: "evt1",
  actorLabel: "ada@example.org (token pipeline)",
  actorUserId: "u1",
  viaToken: true,
  actor: { kind: "token", name: "Ada", email: "ada@example.org", tokenName: "pipeline", deleted: false },
  action: "model.create",
  entityType: "model",
  entityId: "m1",
  entity: { name: '+cmd|" /C calc"!A0, "owl"\nstudent', path: "/models/m1", deleted: false },
  before: null,
  after: { id: "m1", name: "x" },
  createdAt: "2026-12-06T14:05:00.123Z",
};

describe("audit names and links", () => {
  it("links each kind of page, encoding the key, and none for an unknown kind or key", () => {
    expect(entityPath("model", "m1")).toBe("/models/m1");
    expect(entityPath("dataset", "d 1")).toBe("/datasets/d%201");
    expect(entityPath("run", "r1")).toBe("/runs/r1");
    expect(entityPath("trait", "owl-preference")).toBe("/traits/owl-preference");
    expect(entityPath("report", "m&1")).toBe("/reports?subject=m%261");
    expect(entityPath("user", "u1")).toBeNull();
    expect(entityPath(null, "u1")).toBeNull();
    expect(entityPath("model", null)).toBeNull();
  });

  it("treats a run's two recorded type names as one", () => {
    expect(entityTypesMatching("distillation_run")).toEqual(["distillation_run", "run"]);
    expect(entityTypesMatching("run")).toEqual(["distillation_run", "run"]);
    expect(entityTypesMatching("model")).toEqual(["model"]);
  });

  it("names a deleted object by its snapshot, else leaves the name unknown; a non-stored type by its id", () => {
    const gone = { entityType: "model", entityId: "m9", name: null, linkKind: null, linkKey: null };
    expect(auditEntityOf({ ...gone, before: { name: "Old owl" }, after: null })).toEqual({
      name: "Old owl",
      path: null,
      deleted: true,
    });
    expect(auditEntityOf({ ...gone, before: null, after: { subject: { name: "Owl report" } } }).name).toBe(
      "Owl report",
    );
    expect(auditEntityOf({ ...gone, before: null, after: { email: "x@y.z" } }).name).toBe("x@y.z");
    expect(auditEntityOf({ ...gone, before: null, after: null })).toEqual({ name: null, path: null, deleted: true });
    expect(
      auditEntityOf({ ...gone, entityType: "client_address", entityId: "10.0.0.1", before: null, after: null }),
    ).toEqual({ name: "10.0.0.1", path: null, deleted: false });
    // A failed sign-in to an account that never existed is recorded against the typed email.
    expect(auditEntityOf({ ...gone, entityType: "user", entityId: "who@x.y", before: null, after: null })).toEqual({
      name: "who@x.y",
      path: null,
      deleted: false,
    });
    expect(
      auditEntityOf({ ...gone, name: "Owl student", linkKind: "model", linkKey: "m9", before: null, after: null }),
    ).toEqual({ name: "Owl student", path: "/models/m9", deleted: false });
  });

  it("names the actor: user, token, system, or a deleted user by the label the event kept", () => {
    const base = { actorUserId: "u1", actorTokenId: null, userName: "Ada", userEmail: "a@x.y", tokenName: null };
    expect(auditActorOf({ ...base, actorLabel: "a@x.y" })).toEqual({
      kind: "user",
      name: "Ada",
      email: "a@x.y",
      tokenName: null,
      deleted: false,
    });
    expect(auditActorOf({ ...base, actorLabel: "a@x.y (token ci)", actorTokenId: "t1", tokenName: "ci" }).kind).toBe(
      "token",
    );
    expect(
      auditActorOf({ ...base, actorUserId: null, userName: null, userEmail: null, actorLabel: "system" }).kind,
    ).toBe("system");
    expect(
      auditActorOf({ ...base, actorUserId: null, userName: null, userEmail: null, actorLabel: "gone@x.y (token ci)" }),
    ).toEqual({ kind: "token", name: "gone@x.y", email: null, tokenName: "ci", deleted: true });
  });
});

describe("audit exports", () => {
  it("writes an event as one CSV record that a CSV reader gives back intact, formulas disarmed", () => {
    const text = auditCsvHeader() + auditCsvLine(event, "https://pedigree.example");
    const [row] = parse<Record<string, string>>(text, { columns: true });
    expect(row).toMatchObject({
      time_utc: "2026-12-06T14:05:00.123Z",
      actor: "Ada",
      actor_token: "pipeline",
      actor_deleted: "false",
      actor_recorded_as: "ada@example.org (token pipeline)",
      object_name: `'${event.entity.name}`,
      object_url: "https://pedigree.example/models/m1",
      before: "",
      after: '{"id":"m1","name":"x"}',
      event_id: "evt1",
    });
    expect(csvLine(["=1+1", "-2", "@a", "+b", "plain", 3])).toBe("'=1+1,'-2,'@a,'+b,plain,3\r\n");
  });

  it("writes a JSON document that parses, empty or not", () => {
    const head = auditJsonHead({ action: "model.create" }, new Date("2026-12-06T14:05:00Z"), "https://p.example");
    const two = JSON.parse(head + auditJsonEvent(event, true) + auditJsonEvent(event, false) + auditJsonTail(2));
    expect(two).toEqual({
      exportedAt: "2026-12-06T14:05:00.000Z",
      instance: "https://p.example",
      filters: { action: "model.create" },
      events: [event, event],
    });
    expect(JSON.parse(head + auditJsonTail(0)).events).toEqual([]);
  });

  it("names the file after the filters and the time", () => {
    const now = new Date("2026-12-06T14:05:59Z");
    expect(auditExportFileName({}, "csv", now)).toBe("audit-log-20261206-1405.csv");
    expect(auditExportFileName({ action: "model.create", entityType: "model", actor: "Ada@X" }, "json", now)).toBe(
      "audit-log-model-create-model-ada-x-20261206-1405.json",
    );
    expect(auditExportFileName({ actor: '"; rm -rf /' }, "csv", now)).toBe("audit-log-rm-rf-20261206-1405.csv");
  });
});

describe("audit time range", () => {
  it("reads days as whole UTC days and instants to their millisecond", () => {
    expect(timeRangeOf({ from: "2026-12-06", to: "2026-12-06" })).toEqual({
      from: new Date("2026-12-06T00:00:00Z"),
      before: new Date("2026-12-07T00:00:00Z"),
    });
    expect(timeRangeOf({ to: "2026-12-06T10:00:00+01:00" }).before).toEqual(new Date("2026-12-06T09:00:00.001Z"));
    expect(timeRangeOf({})).toEqual({});
  });

  it("refuses a range that ends before it starts, naming `to`", () => {
    const parsed = ZListAuditEventsQuery.safeParse({ from: "2026-12-06T10:00:00Z", to: "2026-12-06T09:59:59Z" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(["to"]);
    expect(ZListAuditEventsQuery.safeParse({ from: "2026-12-06T10:00:00Z", to: "2026-12-06T10:00:00Z" }).success).toBe(
      true,
    );
  });

  it("turns the UTC inputs into bounds that include the whole minute, and back", () => {
    expect(isoOfUtcInput("2026-12-06T14:30", "from")).toBe("2026-12-06T14:30:00.000Z");
    expect(isoOfUtcInput("2026-12-06T14:30", "to")).toBe("2026-12-06T14:30:59.999Z");
    expect(isoOfUtcInput("", "to")).toBe("");
    expect(utcInputOf("2026-12-06T14:30:59.999Z", "to")).toBe("2026-12-06T14:30");
    expect(utcInputOf("2026-12-06T15:30:00+01:00", "from")).toBe("2026-12-06T14:30");
    expect(utcInputOf("2026-12-06", "from")).toBe("2026-12-06T00:00");
    expect(utcInputOf("2026-12-06", "to")).toBe("2026-12-06T23:59");
    expect(utcInputOf("soon", "from")).toBe("");
    expect(utcInputOf("", "from")).toBe("");
  });
});
