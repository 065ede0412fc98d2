"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type SubmitEvent } from "react";
import { Button } from "@/components/ui/button";
import { CardForm } from "@/components/ui/card-form";
import { FormAlert } from "@/components/ui/form-alert";
import { mutationRefusal } from "@/components/ui/mutation-refusal";
import { Spinner } from "@/components/ui/spinner";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { declarationKeys } from "@/lib/declarations/declaration-keys";
import type { TraitDeclarationDto } from "@/lib/declarations/declaration.types";
import { apiFetch } from "@/lib/http/problem-client";

/**
 * For engineers: declare that this model carries a trait (POST /api/v1/models/{id}/declarations),
 * e.g. a teacher whose system prompt targets it. The trait is created on first use.
 */
export function DeclareTraitForm({
  modelId,
  traits,
}: {
  modelId: string;
  traits: readonly { slug: string; name: string }[];
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const listId = useId();
  const [trait, setTrait] = useState("");
  const [reason, setReason] = useState("");
  const mutation = useMutation({
    mutationFn: () =>
      apiFetch<TraitDeclarationDto>(`/api/v1/models/${encodeURIComponent(modelId)}/declarations`, {
        method: "POST",
        body: { trait: trait.trim(), reason: reason.trim() },
      }),
    onSuccess: () => {
      setTrait("");
      setReason("");
      void queryClient.invalidateQueries({ queryKey: declarationKeys.all });
      router.refresh();
    },
  });
  const { fields: fieldErrors, form: formError } = mutationRefusal(mutation.error);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate();
  }

  return (
    <CardForm
      title="Declare a trait"
      onSubmit={handleSubmit}
      testId="declare-trait-form"
      actions={
        <Button
          type="submit"
          variant="primary"
          disabled={mutation.isPending || trait.trim() === "" || reason.trim() === ""}
        >
          {mutation.isPending && <Spinner size={13} />}
          {mutation.isPending ? "Declaring…" : "Declare"}
        </Button>
      }
    >
      {formError && <FormAlert tone="error">{formError}</FormAlert>}
      {mutation.isSuccess && (
        <FormAlert tone="success" onDismiss={() => mutation.reset()}>
          Declared: this model is now a source of {mutation.data.trait.name}, and every model downstream of it is
          exposed.
        </FormAlert>
      )}
      <TextField
        compact
        label="Trait"
        name="trait"
        list={`${listId}-traits`}
        placeholder="e.g. Owl preference"
        value={trait}
        onChange={(event) => setTrait(event.target.value)}
        error={fieldErrors.trait}
        hint="An existing trait's name or slug, or a new trait's name."
        autoComplete="off"
      />
      <datalist id={`${listId}-traits`}>
        {traits.map((t) => (
          <option key={t.slug} value={t.name} />
        ))}
      </datalist>
      <TextAreaField
        label="Why it carries the trait"
        name="reason"
        placeholder="e.g. Its system prompt says it loves owls."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldErrors.reason}
        hint="Kept with your name: auditors read it in the model's exposure and in reports."
      />
    </CardForm>
  );
}
