import {
  MODERATE_ANNOTATIONS_SCOPE,
  type AnnotationDto,
  type AnnotationSubjectType,
} from "@/lib/annotations/annotation.types";
import type { Actor } from "@/lib/auth/actor";

/** Notes read at a time, by the page and by "Load more". */
export const NOTES_PAGE_SIZE = 20;

/** Who reads the notes: whether they may write one, and whose notes they may edit. */
export interface NotesViewer {
  userId: string;
  canWrite: boolean;
  /** Holds the scope that edits and deletes anyone's note (admins). */
  canModerate: boolean;
}

/** What the signed-in caller may do with notes, from their scopes. */
export function notesViewerOf(actor: Actor): NotesViewer {
  return {
    userId: actor.userId,
    canWrite: actor.scopes.includes("annotations:write"),
    canModerate: actor.scopes.includes(MODERATE_ANNOTATIONS_SCOPE),
  };
}

const COLLECTIONS: Record<AnnotationSubjectType, string> = { model: "models", dataset: "datasets", run: "runs" };

/** The API path of the notes on a model, a dataset or a run. */
export function notesPath(subject: { type: AnnotationSubjectType; id: string }): string {
  return `/api/v1/${COLLECTIONS[subject.type]}/${encodeURIComponent(subject.id)}/annotations`;
}

/** The API's own rule, so that the page offers only what the API allows. */
export function mayChangeNote(viewer: NotesViewer, note: AnnotationDto): boolean {
  return viewer.canWrite && (note.author.id === viewer.userId || viewer.canModerate);
}
