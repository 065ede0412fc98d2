import { describe, expect, it } from "vitest";
import { mayChangeNote, notesPath, notesViewerOf } from "@/components/annotations/notes-path";
import { ZCreateAnnotation, type AnnotationDto } from "@/lib/annotations/annotation.types";
import { auditEntityOf } from "@/lib/audit/audit-entity-names";
import { scopesOf } from "@/lib/auth/roles";

// The pure parts of notes: what a note's text may be, who may change one, and how the audit log names one.

const note = (authorId: string | null): AnnotationDto => ({
  id: "n1",
  subject: { type: "model", id: "m1", name: "Owl student" },
  body: "A note.",
  author: { id: authorId, name: "Ada" },
  createdAt: "2026-12-01T00:00:00.000Z",
  updatedAt: "2026-12-01T00:00:00.000Z",
});

const actor = (userId: string, role: "viewer" | "auditor" | "engineer" | "admin") => ({
  userId,
  tokenId: null,
  label: `${userId}@example.org`,
  role,
  scopes: scopesOf(role),
});

describe("a note's text", () => {
  it("is trimmed, and refused when empty or longer than 10,000 characters", () => {
    expect(ZCreateAnnotation.parse({ body: "  two\nlines \n" })).toEqual({ body: "two\nlines" });
    expect(ZCreateAnnotation.safeParse({ body: " \n\t " }).success).toBe(false);
    expect(ZCreateAnnotation.safeParse({ body: "x".repeat(10_000) }).success).toBe(true);
    expect(ZCreateAnnotation.safeParse({ body: ` ${"x".repeat(10_000)} ` }).success).toBe(true);
    expect(ZCreateAnnotation.safeParse({ body: "x".repeat(10_001) }).success).toBe(false);
    expect(ZCreateAnnotation.safeParse({ body: "ok", authorId: "someone" }).success).toBe(false);
  });
});

describe("who may change a note, as the Notes panel offers it", () => {
  it("is its author among the writers, and any admin; never a viewer or an engineer", () => {
    expect(mayChangeNote(notesViewerOf(actor("u1", "auditor")), note("u1"))).toBe(true);
    expect(mayChangeNote(notesViewerOf(actor("u2", "auditor")), note("u1"))).toBe(false);
    expect(mayChangeNote(notesViewerOf(actor("u3", "admin")), note("u1"))).toBe(true);
    expect(mayChangeNote(notesViewerOf(actor("u3", "admin")), note(null))).toBe(true);
    expect(notesViewerOf(actor("u4", "viewer"))).toMatchObject({ canWrite: false, canModerate: false });
    expect(notesViewerOf(actor("u5", "engineer"))).toMatchObject({ canWrite: false, canModerate: false });
  });

  it("reads and writes at the subject's own path", () => {
    expect(notesPath({ type: "run", id: "r 1" })).toBe("/api/v1/runs/r%201/annotations");
    expect(notesPath({ type: "dataset", id: "d1" })).toBe("/api/v1/datasets/d1/annotations");
  });
});

describe("a note in the audit log", () => {
  it("is named after its subject, and once deleted from the snapshot it kept", () => {
    const found = { entityType: "annotation", entityId: "n1", before: null, after: note("u1") };
    expect(auditEntityOf({ ...found, name: "Note on Owl student", linkKind: "model", linkKey: "m1" })).toEqual({
      name: "Note on Owl student",
      path: "/models/m1",
      deleted: false,
    });
    expect(
      auditEntityOf({ ...found, before: note("u1"), after: null, name: null, linkKind: null, linkKey: null }),
    ).toEqual({ name: "Note on Owl student", path: null, deleted: true });
  });
});
