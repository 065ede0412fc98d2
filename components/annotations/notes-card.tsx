"use client";
import { NotebookPen } from "lucide-react";
import { Card } from "@/components/ui/card";
import list from "@/components/ui/item-list.module.css";
import { ListFooter } from "@/components/ui/list-footer";
import item from "@/components/ui/stacked-item.module.css";
import { useCursorList } from "@/components/ui/use-cursor-list";
import { annotationKeys } from "@/lib/annotations/annotation-keys";
import type { AnnotationDto, AnnotationSubjectType } from "@/lib/annotations/annotation.types";
import type { Page } from "@/lib/pagination/cursor-page";
import { AddNoteForm } from "./add-note-form";
import { NoteItem } from "./note-item";
import { NOTES_PAGE_SIZE, notesPath, type NotesViewer } from "./notes-path";

interface NotesCardProps {
  subject: { type: AnnotationSubjectType; id: string };
  /** The newest notes, read by the page on the server. */
  initialPage: Page<AnnotationDto>;
  viewer: NotesViewer;
}

const NO_FILTERS = {};

/**
 * The notes auditors and admins wrote on this model, dataset or run, newest first; a form to
 * write one for those who may; edit and delete on a note for its author (and admins).
 */
export function NotesCard({ subject, initialPage, viewer }: NotesCardProps) {
  const queryKey = annotationKeys.of(subject.type, subject.id);
  const notes = useCursorList<AnnotationDto, typeof NO_FILTERS>({
    path: notesPath(subject),
    queryKey,
    filters: NO_FILTERS,
    initialPage,
    initialFilters: NO_FILTERS,
    pageSize: NOTES_PAGE_SIZE,
  });
  return (
    <Card
      title={
        <>
          <NotebookPen size={15} aria-hidden="true" />
          Notes
        </>
      }
      meta={notes.hasMore ? `${notes.items.length}+` : notes.items.length}
      description={`Written by auditors and admins; shown in every report that covers this ${subject.type}.`}
      flush
      id="notes"
    >
      {notes.items.length === 0 ? (
        <p className={item.none}>No notes yet.{viewer.canWrite ? "" : " Auditors and admins can write them."}</p>
      ) : (
        <ul className={list.list} data-testid="notes">
          {notes.items.map((note) => (
            <NoteItem key={note.id} note={note} viewer={viewer} queryKey={queryKey} />
          ))}
        </ul>
      )}
      {notes.hasMore && (
        <ListFooter
          shown={notes.items.length}
          noun={["note", "notes"]}
          testId="notes-count"
          hasMore={notes.hasMore}
          loadingMore={notes.isLoadingMore}
          error={notes.loadMoreError}
          onLoadMore={notes.loadMore}
        />
      )}
      {viewer.canWrite && <AddNoteForm subject={subject} queryKey={queryKey} />}
    </Card>
  );
}
