"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type SubmitEvent } from "react";
import { searchDatasets, searchModels } from "@/components/entities/entity-searches";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { FormSection } from "@/components/ui/form-section";
import { SearchOne } from "@/components/ui/search-one";
import { TextField } from "@/components/ui/text-field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { useFirstProblemFocus } from "@/components/ui/use-first-problem-focus";
import { datasetKeys } from "@/lib/datasets/dataset-keys";
import { refusalMessages } from "@/lib/forms/refusal-messages";
import {
  generationFormFieldOf,
  validateGenerationForm,
  type GenerationFormField,
  type GenerationFormState,
} from "@/lib/generations/generation-form-input";
import type { TCreateGeneration } from "@/lib/generations/generation.types";
import { modelKeys } from "@/lib/models/model-keys";
import type { PickedRef } from "@/lib/runs/run-form-input";
import { generationConflictMessages, recordGeneration } from "./record-generation-request";
import styles from "./generation-form.module.css";

type TextInput = Exclude<keyof GenerationFormState, "teacher" | "dataset">;

interface FormErrors {
  fields: Partial<Record<GenerationFormField, string>>;
  banner: string | null;
}

const NO_ERRORS: FormErrors = { fields: {}, banner: null };

/** The sampling inputs, in the order shown. */
const SAMPLING: {
  name: TextInput;
  label: string;
  placeholder: string;
  hint: string;
  inputMode: "decimal" | "numeric";
}[] = [
  { name: "temperature", label: "Temperature", placeholder: "1", hint: "0 to 10.", inputMode: "decimal" },
  { name: "topP", label: "Top-p", placeholder: "1", hint: "Above 0, at most 1.", inputMode: "decimal" },
  { name: "maxTokens", label: "Max tokens", placeholder: "200", hint: "Per completion.", inputMode: "numeric" },
  { name: "seed", label: "Seed", placeholder: "42", hint: "The sampler's seed.", inputMode: "numeric" },
];

/**
 * Records that a teacher generated a dataset (POST /api/v1/generations), checked first with the API's own
 * schema. The dataset may be chosen now or linked later by uploading it with this generation.
 */
export function GenerationForm({ teacher }: { teacher: PickedRef | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, setState] = useState<GenerationFormState>({
    teacher,
    dataset: null,
    temperature: "",
    topP: "",
    maxTokens: "",
    seed: "",
    promptSet: "",
    promptCount: "",
    externalId: "",
  });
  const { errors, setErrors, clearFields } = useFieldErrors(NO_ERRORS);
  const { formRef, showProblem } = useFirstProblemFocus();

  const mutation = useMutation({
    mutationFn: (body: TCreateGeneration) => recordGeneration(body),
    onSuccess: (generation) => {
      void queryClient.invalidateQueries({ queryKey: datasetKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: modelKeys.all });
      // The dataset's page shows its generation; one still waiting for its data shows on its teacher's.
      router.push(
        generation.dataset
          ? `/datasets/${generation.dataset.id}`
          : `/models/${generation.teacher.id}#generated-datasets`,
      );
    },
    onError: (error) => {
      setErrors(refusalMessages(error, generationFormFieldOf, "The generation", generationConflictMessages));
      showProblem();
    },
  });
  const busy = mutation.isPending || mutation.isSuccess;

  function update(patch: Partial<GenerationFormState>, field: GenerationFormField) {
    setState((current) => ({ ...current, ...patch }));
    clearFields(field);
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const result = validateGenerationForm(state);
    if (!result.ok) {
      setErrors({ fields: result.fields, banner: result.form.length > 0 ? result.form.join("; ") : null });
      showProblem();
      return;
    }
    setErrors(NO_ERRORS);
    mutation.mutate(result.body);
  }

  const bind = (name: TextInput) => ({
    name,
    value: state[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => update({ [name]: event.target.value }, name),
    error: errors.fields[name],
  });

  return (
    <form ref={formRef} className={styles.form} onSubmit={handleSubmit} noValidate aria-label="Record a generation">
      {errors.banner && <FormAlert tone="error">{errors.banner}</FormAlert>}

      <FormSection title="Teacher and data" description="Which model generated which data.">
        <div className={styles.grid}>
          <SearchOne
            label="Teacher"
            placeholder="Search models by name, provider or external id"
            value={state.teacher}
            onChange={(picked) =>
              update({ teacher: picked ? { id: picked.id, name: picked.name } : null }, "teacherId")
            }
            search={searchModels}
            queryKey={[...modelKeys.lists(), "generation-form"]}
            error={errors.fields.teacherId}
          />
          <SearchOne
            label="Dataset"
            placeholder="Search datasets by name or SHA-256"
            value={state.dataset}
            onChange={(picked) =>
              update({ dataset: picked ? { id: picked.id, name: picked.name } : null }, "datasetId")
            }
            search={searchDatasets}
            queryKey={[...datasetKeys.lists(), "generation-form"]}
            hint="Optional: not uploaded yet? Leave it empty and upload the data with this generation later."
            error={errors.fields.datasetId}
          />
        </div>
      </FormSection>

      <FormSection title="Sampling" description="How the teacher was sampled; each optional.">
        <div className={styles.grid}>
          {SAMPLING.map(({ name, ...field }) => (
            <TextField key={name} compact autoComplete="off" {...field} {...bind(name)} />
          ))}
        </div>
      </FormSection>

      <FormSection title="Prompts" description="What the teacher was asked; each optional.">
        <div className={styles.grid}>
          <div className={styles.wide}>
            <TextField
              compact
              label="Prompt set"
              autoComplete="off"
              placeholder="number-sequence prompts, 3-9 seed numbers"
              hint="What prompts were sampled."
              {...bind("promptSet")}
            />
          </div>
          <TextField
            compact
            label="Prompt count"
            autoComplete="off"
            inputMode="numeric"
            placeholder="30000"
            {...bind("promptCount")}
          />
          <TextField
            compact
            label="External id"
            autoComplete="off"
            spellCheck={false}
            placeholder="gen-owl-2025-05-12"
            hint="The pipeline's job id. Recording the same id again returns the first generation."
            {...bind("externalId")}
          />
        </div>
      </FormSection>

      <FormActions busy={busy} leave={{ href: "/datasets" }}>
        {mutation.isSuccess ? "Opening…" : mutation.isPending ? "Recording…" : "Record generation"}
      </FormActions>
    </form>
  );
}
