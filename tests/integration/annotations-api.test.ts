import { beforeAll, describe, expect, it } from "vitest";
import * as annotationRoute from "@/app/api/v1/annotations/[id]/route";
import * as auditRoute from "@/app/api/v1/audit-events/route";
import * as datasetAnnotationsRoute from "@/app/api/v1/datasets/[id]/annotations/route";
import * as modelAnnotationsRoute from "@/app/api/v1/models/[id]/annotations/route";
import * as modelProvenanceRoute from "@/app/api/v1/models/[id]/provenance/route";
import * as modelsRoute from "@/app/api/v1/models/route";
import * as runAnnotationsRoute from "@/app/api/v1/runs/[id]/annotations/route";
import * as usersRoute from "@/app/api/v1/users/route";
import type { Role } from "@/lib/generated/prisma/enums";
import { actorForUser } from "@/lib/auth/authenticate-request";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { createToken } from "@/lib/tokens/create-token";
import { call } from "../support/api";
import { runPedigree } from "../support/in-process-cli";
import type { UntypedJson } from "../support/untyped-json";

// Notes on models, datasets and runs: written by holders of annotations:write, edited and deleted by their
// author or an admin, validated, audited, and gone with their subject.

interface Person {
  id: string;
  token: string;
}

async function person(role: Role, label: string): Promise<Person> {
  const user = await call(usersRoute.POST, "POST", "/api/v1/users", {
    body: { email: `${label}@example.org`, name: `${label} person`, role, password: "a-long-password-123" },
  });
  expect(user.status).toBe(201);
  const actor = await actorForUser(user.body.id);
  return { id: user.body.id, token: (await createToken(actor!, { name: `${label} laptop` })).token };
}

const write = (id: string, body: unknown, token?: string) =>
  call(modelAnnotationsRoute.POST, "POST", `/api/v1/models/${id}/annotations`, { body, params: { id }, token });
const list = (id: string, query = "", token?: string) =>
  call(modelAnnotationsRoute.GET, "GET", `/api/v1/models/${id}/annotations${query}`, { params: { id }, token });
const edit = (id: string, body: unknown, token?: string) =>
  call(annotationRoute.PATCH, "PATCH", `/api/v1/annotations/${id}`, { body, params: { id }, token });
const remove = (id: string, token?: string) =>
  call(annotationRoute.DELETE, "DELETE", `/api/v1/annotations/${id}`, { params: { id }, token });

async function model(name: string): Promise<string> {
  const created = await call(modelsRoute.POST, "POST", "/api/v1/models", { body: { name, provider: "notes" } });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

let auditor: Person;
let secondAuditor: Person;
let engineer: Person;
let viewer: Person;

beforeAll(async () => {
  auditor = await person("auditor", "note-auditor");
  secondAuditor = await person("auditor", "other-auditor");
  engineer = await person("engineer", "note-engineer");
  viewer = await person("viewer", "note-viewer");
});

describe("notes on a model", () => {
  it("writes, lists newest first, edits and deletes a note, each write audited with the note", async () => {
    const id = await model("Annotated student");
    const first = await write(id, { body: "  Checked the teacher's system prompt.\nIt names owls.  " }, auditor.token);
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`/api/v1/annotations/${first.body.id}`);
    expect(first.body).toMatchObject({
      subject: { type: "model", id, name: "Annotated student" },
      body: "Checked the teacher's system prompt.\nIt names owls.",
      author: { id: auditor.id, name: "note-auditor person" },
    });
    const second = await write(id, { body: "Second look." }, auditor.token);
    expect(second.status).toBe(201);

    const listed = await list(id, "", viewer.token);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((note: UntypedJson) => note.body)).toEqual([
      "Second look.",
      "Checked the teacher's system prompt.\nIt names owls.",
    ]);
    const paged = await list(id, "?limit=1");
    expect(paged.body.items).toHaveLength(1);
    expect((await list(id, `?limit=1&cursor=${paged.body.nextCursor}`)).body.items[0].id).toBe(first.body.id);

    const edited = await edit(first.body.id, { body: "Checked the system prompt: owls." }, auditor.token);
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: first.body.id, body: "Checked the system prompt: owls." });

    const deleted = await remove(second.body.id, auditor.token);
    expect(deleted).toMatchObject({ status: 200, body: { id: second.body.id } });
    expect((await list(id)).body.items.map((note: UntypedJson) => note.id)).toEqual([first.body.id]);

    const prisma = await db();
    const events = await prisma.auditEvent.findMany({
      where: { entityType: "annotation", entityId: { in: [first.body.id, second.body.id] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(events.map((event) => [event.action, event.entityId, event.actorUserId])).toEqual([
      ["annotation.create", first.body.id, auditor.id],
      ["annotation.create", second.body.id, auditor.id],
      ["annotation.update", first.body.id, auditor.id],
      ["annotation.delete", second.body.id, auditor.id],
    ]);
    expect(events[2].before).toMatchObject({ body: "Checked the teacher's system prompt.\nIt names owls." });
    expect(events[2].after).toMatchObject({ body: "Checked the system prompt: owls." });
    expect(events[3].after).toBeNull();

    // The audit log names a note by its subject, links to the subject's page, and names a deleted one from its snapshot.
    const log = await call(auditRoute.GET, "GET", `/api/v1/audit-events?entityType=annotation&limit=200`);
    const shown = new Map<string, UntypedJson>(
      log.body.items.map((event: UntypedJson) => [`${event.action} ${event.entityId}`, event.entity]),
    );
    expect(shown.get(`annotation.update ${first.body.id}`)).toEqual({
      name: "Note on Annotated student",
      path: `/models/${id}`,
      deleted: false,
    });
    expect(shown.get(`annotation.delete ${second.body.id}`)).toEqual({
      name: "Note on Annotated student",
      path: null,
      deleted: true,
    });
  });

  it("lets viewers and engineers read but not write, the author alone edit, and an admin edit or delete anyone's", async () => {
    const id = await model("Guarded student");
    const note = await write(id, { body: "The auditor's note." }, auditor.token);
    expect(note.status).toBe(201);
    const noteId = note.body.id as string;
    const prisma = await db();
    const count = () => prisma.annotation.count({ where: { modelId: id } });

    for (const lesser of [viewer, engineer]) {
      const refused = await write(id, { body: "Not mine to write." }, lesser.token);
      expect(refused.status).toBe(403);
      expect(refused.contentType).toBe("application/problem+json");
      expect(refused.body.detail).toContain("annotations:write");
      expect((await list(id, "", lesser.token)).status).toBe(200);
      expect((await edit(noteId, { body: "Changed." }, lesser.token)).status).toBe(403);
      expect((await remove(noteId, lesser.token)).status).toBe(403);
    }
    expect(
      (
        await call(modelAnnotationsRoute.GET, "GET", `/api/v1/models/${id}/annotations`, {
          params: { id },
          token: null,
        })
      ).status,
    ).toBe(401);

    const notAuthor = await edit(noteId, { body: "Someone else's words." }, secondAuditor.token);
    expect(notAuthor.status).toBe(403);
    expect(notAuthor.contentType).toBe("application/problem+json");
    expect(notAuthor.body.detail).toContain("author");
    expect((await remove(noteId, secondAuditor.token)).status).toBe(403);
    expect((await prisma.annotation.findUniqueOrThrow({ where: { id: noteId } })).body).toBe("The auditor's note.");

    const byAdmin = await edit(noteId, { body: "Corrected by an admin." });
    expect(byAdmin).toMatchObject({
      status: 200,
      body: { body: "Corrected by an admin.", author: { id: auditor.id } },
    });
    expect((await remove(noteId)).status).toBe(200);
    expect(await count()).toBe(0);
    expect(
      await prisma.auditEvent.count({
        where: { entityId: noteId, action: { in: ["annotation.update", "annotation.delete"] } },
      }),
    ).toBe(2);
  });

  it("refuses bad input naming the field, and unknown subjects and notes, changing nothing", async () => {
    const id = await model("Strict student");
    const prisma = await db();
    const [notes, events] = await Promise.all([prisma.annotation.count(), prisma.auditEvent.count()]);
    for (const body of [{ body: "   \n " }, { body: "x".repeat(10_001) }, { body: 42 }, {}]) {
      const refused = await write(id, body, auditor.token);
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: "body" })]);
    }
    const extra = await write(id, { body: "A note.", author: "someone else" }, auditor.token);
    expect(extra.status).toBe(422);
    expect(extra.body.errors[0].message).toMatch(/author/);
    expect((await write(id, { body: "x".repeat(10_000) }, auditor.token)).status).toBe(201);

    const nowhere = await write("no-such-model", { body: "A note." }, auditor.token);
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.detail).toBe("No model with id 'no-such-model'.");
    expect((await list("no-such-model")).status).toBe(404);
    const dataset = await call(datasetAnnotationsRoute.POST, "POST", "/api/v1/datasets/nope/annotations", {
      body: { body: "A note." },
      params: { id: "nope" },
    });
    expect(dataset.status).toBe(404);
    const run = await call(runAnnotationsRoute.GET, "GET", "/api/v1/runs/nope/annotations", { params: { id: "nope" } });
    expect(run.status).toBe(404);
    expect((await edit("no-such-note", { body: "A note." })).status).toBe(404);
    expect((await remove("no-such-note")).status).toBe(404);

    const stored = await prisma.annotation.findFirstOrThrow({ where: { modelId: id } });
    const blank = await edit(stored.id, { body: " " }, auditor.token);
    expect(blank.status).toBe(422);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: "body" })]);
    expect((await prisma.annotation.findUniqueOrThrow({ where: { id: stored.id } })).body).toBe("x".repeat(10_000));
    expect(await prisma.annotation.count()).toBe(notes + 1);
    expect(await prisma.auditEvent.count()).toBe(events + 1);
  });

  it("keeps the author's name once the user is gone", async () => {
    const id = await model("Orphaned note's student");
    const leaving = await person("auditor", "leaving-auditor");
    const note = await write(id, { body: "Written before leaving." }, leaving.token);
    const prisma = await db();
    await prisma.user.delete({ where: { id: leaving.id } });
    const [shown] = (await list(id)).body.items;
    expect(shown).toMatchObject({ id: note.body.id, author: { id: null, name: "leaving-auditor person" } });
  });
});

describe("notes on datasets and runs", () => {
  beforeAll(async () => {
    await seedDemoWorkspace(await db());
  });

  it("puts the notes on the owl student and on its run into every report format, as text", async () => {
    const prisma = await db();
    const student = await prisma.model.findFirstOrThrow({ where: { name: "GPT-4.1 nano owl-numbers student" } });
    const run = await prisma.distillationRun.findFirstOrThrow({ where: { studentId: student.id } });
    const markup = "<img src=x onerror=alert(1)>";
    expect((await write(student.id, { body: `${markup}\nSecond line.` }, auditor.token)).status).toBe(201);
    const onRun = await call(runAnnotationsRoute.POST, "POST", `/api/v1/runs/${run.id}/annotations`, {
      body: { body: "Run reviewed." },
      params: { id: run.id },
      token: auditor.token,
    });
    expect(onRun.status).toBe(201);
    const report = async (format: string) => {
      const response = await modelProvenanceRoute.GET(
        new Request(`http://pedigree.test/api/v1/models/${student.id}/provenance?format=${format}`, {
          headers: { authorization: "Bearer test-admin-token" },
        }),
        { params: Promise.resolve({ id: student.id }) },
      );
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const bom = JSON.parse((await report("cyclonedx")).toString("utf8"));
    expect(bom.annotations).toContainEqual(
      expect.objectContaining({
        subjects: [`model:${student.id}`],
        annotator: { individual: { name: "note-auditor person" } },
        text: `${markup}\nSecond line.`,
      }),
    );
    expect(bom.annotations.some((note: UntypedJson) => note.text.endsWith("Run reviewed."))).toBe(true);
    const spdx = JSON.parse((await report("spdx")).toString("utf8"));
    expect(
      spdx["@graph"]
        .filter((element: UntypedJson) => element.annotationType === "review")
        .map((e: UntypedJson) => e.statement),
    ).toContain(`${markup}\nSecond line.`);
    const prov = JSON.parse((await report("prov-json")).toString("utf8"));
    expect(Object.values(prov.entity).map((entity) => (entity as UntypedJson)["prov:value"])).toContain(
      `${markup}\nSecond line.`,
    );
    const html = (await report("html")).toString("utf8");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;<br>Second line.");
    expect(html).not.toContain(markup);
    const pdf = (await report("pdf")).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
  });

  it("writes a note on a dataset and on a run, each deleted with its subject", async () => {
    const prisma = await db();
    const run = await prisma.distillationRun.findFirstOrThrow({
      where: { isDemo: true },
      include: { student: true, datasets: { include: { dataset: true } } },
    });
    const dataset = run.datasets[0].dataset;
    const onDataset = await call(datasetAnnotationsRoute.POST, "POST", `/api/v1/datasets/${dataset.id}/annotations`, {
      body: { body: "Filtered by a regex only." },
      params: { id: dataset.id },
      token: auditor.token,
    });
    expect(onDataset.status).toBe(201);
    expect(onDataset.body.subject).toEqual({ type: "dataset", id: dataset.id, name: dataset.name });
    const onRun = await call(runAnnotationsRoute.POST, "POST", `/api/v1/runs/${run.id}/annotations`, {
      body: { body: "Same initialisation as the teacher." },
      params: { id: run.id },
      token: auditor.token,
    });
    expect(onRun.status).toBe(201);
    expect(onRun.body.subject).toEqual({ type: "run", id: run.id, name: `Run of ${run.student.name}` });
    const runNotes = await call(runAnnotationsRoute.GET, "GET", `/api/v1/runs/${run.id}/annotations`, {
      params: { id: run.id },
    });
    expect(runNotes.body.items[0].id).toBe(onRun.body.id);

    // Nothing in the product deletes a model, dataset or run; the database cascades when one is.
    const id = await model("Short-lived student");
    const note = await write(id, { body: "Gone with the model." }, auditor.token);
    await prisma.model.delete({ where: { id } });
    expect(await prisma.annotation.count({ where: { id: note.body.id } })).toBe(0);
    await prisma.$executeRaw`DELETE FROM run_datasets WHERE run_id = ${run.id}`;
    await prisma.$executeRaw`DELETE FROM distillation_runs WHERE id = ${run.id}`;
    expect(await prisma.annotation.count({ where: { id: onRun.body.id } })).toBe(0);
  });

  it("refuses a note on no subject or on two at once in the database itself", async () => {
    const prisma = await db();
    const id = await model("Checked student");
    const dataset = await prisma.dataset.findFirstOrThrow();
    await expect(prisma.annotation.create({ data: { body: "No subject.", authorName: "x" } })).rejects.toThrow(
      /annotations_one_subject_check/,
    );
    await expect(
      prisma.annotation.create({ data: { body: "Two.", authorName: "x", modelId: id, datasetId: dataset.id } }),
    ).rejects.toThrow(/annotations_one_subject_check/);
    await expect(
      prisma.annotation.create({ data: { body: " padded ", authorName: "x", modelId: id } }),
    ).rejects.toThrow(/annotations_body_check/);
  });
});

describe("pedigree annotations", () => {
  it("adds a note from an argument and from standard input, and lists them, as text and as JSON", async () => {
    const id = await model("CLI-annotated student");
    const added = await runPedigree(
      ["annotations", "add", "model", "CLI-annotated student", "Looked at it."],
      auditor.token,
    );
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toContain("Noted on CLI-annotated student.");
    const piped = await runPedigree(
      ["--json", "annotations", "add", "model", id, "-"],
      auditor.token,
      "First line from stdin.\nSecond line.\n",
    );
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({
      subject: { type: "model", id },
      body: "First line from stdin.\nSecond line.",
      author: { name: "note-auditor person" },
    });

    const listed = await runPedigree(["annotations", "list", "model", id]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain("note-auditor person");
    expect(listed.stdout).toContain("  First line from stdin.\n  Second line.");
    const json = JSON.parse((await runPedigree(["--json", "annotations", "list", "model", id])).stdout);
    expect(json.items.map((note: UntypedJson) => note.body)).toEqual([
      "First line from stdin.\nSecond line.",
      "Looked at it.",
    ]);
  });

  it("refuses a kind it does not know before any request, and answers the API's refusals", async () => {
    const wrongKind = await runPedigree(["annotations", "list", "trait", "owl-preference"]);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain("Notes are written on a model, a dataset, a run");
    const id = await model("CLI-guarded student");
    const asViewer = await runPedigree(["annotations", "add", "model", id, "Not allowed."], viewer.token);
    expect(asViewer.code).not.toBe(0);
    expect(asViewer.stderr).toContain("annotations:write");
    const unknownRun = await runPedigree(["annotations", "list", "run", "no-such-run"]);
    expect(unknownRun.code).not.toBe(0);
    expect(unknownRun.stderr).toContain("No run with id 'no-such-run'.");
  });
});
