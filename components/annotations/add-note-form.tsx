"use client";
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { Button } from "@/components/ui/button";
import { CardForm } from "@/components/ui/card-form";
import { FormAlert } from "@/components/ui/form-alert";
import { mutationRefusal } from "@/components/ui/mutation-refusal";
import { Spinner } from "@/components/ui/spinner";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useFirstProblemFocus } from "@/components/ui/use-first-problem-focus";
import {
  MAX_ANNOTATION_LENGTH,
  type AnnotationDto,
  type AnnotationSubjectType,
} from "@/lib/annotations/annotation.types";
import { apiFetch } from "@/lib/http/problem-client";
import { notesPath } from "./notes-path";

/** For holders of annotations:write: write a note (POST /api/v1/{models,datasets,runs}/{id}/annotations). */
export function AddNoteForm({
  subject,
  queryKey,
}: {
  subject: { type: AnnotationSubjectType; id: string };
  queryKey: QueryKey;
}) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const { formRef, showProblem } = useFirstProblemFocus();
  const mutation = useMutation({
    mutationFn: () => apiFetch<AnnotationDto>(notesPath(subject), { method: "POST", body: { body } }),
    onSuccess: () => {
      setBody("");
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: showProblem,
  });
  const { fields: fieldErrors, form: formError } = mutationRefusal(mutation.error);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate();
  }

  return (
    <CardForm
      title="Write a note"
      onSubmit={handleSubmit}
      formRef={formRef}
      testId="add-note-form"
      actions={
        <Button type="submit" variant="primary" disabled={mutation.isPending || body.trim() === ""}>
          {mutation.isPending && <Spinner size={13} />}
          {mutation.isPending ? "Saving…" : "Add note"}
        </Button>
      }
    >
      {formError && <FormAlert tone="error">{formError}</FormAlert>}
      <TextAreaField
        label="Note"
        name="body"
        rows={4}
        maxLength={MAX_ANNOTATION_LENGTH}
        placeholder="e.g. Checked the teacher's system prompt: it names owls."
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={fieldErrors.body}
        hint="Plain text; line breaks are kept. Kept with your name, on this page and in reports."
      />
    </CardForm>
  );
}
