import type { AnnotationDto, AnnotationSubject } from "./annotation.types";

const named = { select: { id: true, name: true } } as const;

/** What a note's DTO reads: its subject's name and its author's name today. */
export const annotationInclude = {
  model: named,
  dataset: named,
  run: { select: { id: true, student: { select: { name: true } } } },
  author: { select: { name: true } },
} as const;

interface AnnotationRow {
  id: string;
  body: string;
  authorId: string | null;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  model: { id: string; name: string } | null;
  dataset: { id: string; name: string } | null;
  run: { id: string; student: { name: string } } | null;
  author: { name: string } | null;
}

/** A run has no name of its own: it is named by its student, as the audit log names it. */
function runName(studentName: string): string {
  return `Run of ${studentName}`;
}

function subjectOf(row: AnnotationRow): AnnotationSubject {
  if (row.model) return { type: "model", id: row.model.id, name: row.model.name };
  if (row.dataset) return { type: "dataset", id: row.dataset.id, name: row.dataset.name };
  if (row.run) return { type: "run", id: row.run.id, name: runName(row.run.student.name) };
  // The table's CHECK constraint holds that exactly one subject is set.
  throw new Error(`annotation ${row.id} has no subject`);
}

export function toAnnotationDto(row: AnnotationRow): AnnotationDto {
  return {
    id: row.id,
    subject: subjectOf(row),
    body: row.body,
    author: { id: row.authorId, name: row.author?.name ?? row.authorName },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
