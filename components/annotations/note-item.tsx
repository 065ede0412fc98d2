"use client";
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { Button } from "@/components/ui/button";
import { mutationRefusal } from "@/components/ui/mutation-refusal";
import { RelativeTime } from "@/components/ui/relative-time";
import { Spinner } from "@/components/ui/spinner";
import { StackedItem } from "@/components/ui/stacked-item";
import item from "@/components/ui/stacked-item.module.css";
import card from "@/components/ui/card-form.module.css";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useFirstProblemFocus } from "@/components/ui/use-first-problem-focus";
import { MAX_ANNOTATION_LENGTH, type AnnotationDto } from "@/lib/annotations/annotation.types";
import { apiFetch } from "@/lib/http/problem-client";
import { mayChangeNote, type NotesViewer } from "./notes-path";
import styles from "./notes.module.css";

/** One note: who wrote it and when, its text as text (line breaks kept); edit and delete for its author. */
export function NoteItem({ note, viewer, queryKey }: { note: AnnotationDto; viewer: NotesViewer; queryKey: QueryKey }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<string | null>(null);
  const { formRef, showProblem } = useFirstProblemFocus();
  const path = `/api/v1/annotations/${encodeURIComponent(note.id)}`;
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  const edit = useMutation({
    mutationFn: (body: string) => apiFetch<AnnotationDto>(path, { method: "PATCH", body: { body } }),
    onSuccess: async () => {
      await refresh();
      setDraft(null);
    },
    onError: showProblem,
  });
  const remove = useMutation({
    mutationFn: () => apiFetch<AnnotationDto>(path, { method: "DELETE" }),
    onSuccess: refresh,
  });
  const { fields: fieldErrors, form: editError } = mutationRefusal(edit.error);
  const error = editError ?? remove.error?.message ?? null;

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft !== null) edit.mutate(draft);
  }

  return (
    <StackedItem
      testId="note"
      head={
        <>
          <span className={styles.author}>{note.author.name}</span>
          <span className={styles.when}>
            <RelativeTime iso={note.createdAt} />
            {note.updatedAt !== note.createdAt && (
              <>
                {" · edited "}
                <RelativeTime iso={note.updatedAt} />
              </>
            )}
          </span>
          {mayChangeNote(viewer, note) && draft === null && (
            <span className={styles.tools}>
              <Button size="sm" variant="ghost" onClick={() => setDraft(note.body)}>
                Edit
              </Button>
              <Button
                size="sm"
                variant="ghost"
                disabled={remove.isPending}
                onClick={() => {
                  if (
                    window.confirm("Delete this note? It leaves this page and future reports; the audit log keeps it.")
                  )
                    remove.mutate();
                }}
              >
                {remove.isPending && <Spinner size={12} />}
                Delete
              </Button>
            </span>
          )}
        </>
      }
    >
      {draft === null ? (
        <p className={item.text}>{note.body}</p>
      ) : (
        <form ref={formRef} className={styles.editForm} onSubmit={handleSubmit} noValidate aria-label="Edit a note">
          <TextAreaField
            label="Edit the note"
            name="body"
            rows={4}
            maxLength={MAX_ANNOTATION_LENGTH}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            error={fieldErrors.body}
          />
          <div className={card.actions}>
            <Button type="submit" variant="primary" size="sm" disabled={edit.isPending || draft.trim() === ""}>
              {edit.isPending && <Spinner size={12} />}
              Save
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setDraft(null);
                edit.reset();
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      )}
      {error && (
        <p className={item.error} role="alert">
          {error}
        </p>
      )}
    </StackedItem>
  );
}
