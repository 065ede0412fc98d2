"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type SubmitEvent } from "react";
import { searchModels } from "@/components/entities/entity-searches";
import { FieldMessage } from "@/components/ui/field-message";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { FormSection } from "@/components/ui/form-section";
import { ModeChoice } from "@/components/ui/mode-choice";
import { SearchOne } from "@/components/ui/search-one";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { useFirstProblemFocus } from "@/components/ui/use-first-problem-focus";
import { useHydrated } from "@/components/ui/use-hydrated";
import { refusalMessages } from "@/lib/forms/refusal-messages";
import {
  findTrait,
  measurementFormFieldOf,
  validateMeasurementForm,
  type MeasurementFormField,
  type MeasurementFormState,
  type MeasurementMode,
} from "@/lib/measurements/measurement-form-input";
import { previewMeasurement } from "@/lib/measurements/measurement-preview";
import type { TCreateMeasurement } from "@/lib/measurements/measurement.types";
import { modelKeys } from "@/lib/models/model-keys";
import { localZoneLabel } from "@/lib/runs/local-datetime";
import type { PickedRef } from "@/lib/runs/run-form-input";
import { MeasurementPreview } from "./measurement-preview";
import { MeasurementTraitFields } from "./measurement-trait-fields";
import { QuestionFileField } from "./question-file-field";
import { recordMeasurement } from "./record-measurement-request";
import styles from "./measurement-form.module.css";

const MODES: { value: MeasurementMode; label: string; description: string }[] = [
  { value: "counts", label: "Counts", description: "n samples, how many showed the trait" },
  { value: "questions", label: "Per-question file", description: "Counts for each question, from a file" },
  { value: "value", label: "Value with interval", description: "A reported score and its interval" },
];

type TextInput =
  "protocol" | "seed" | "source" | "notes" | "measuredAt" | "n" | "positives" | "value" | "ciLow" | "ciHigh";

interface FormErrors {
  fields: Partial<Record<MeasurementFormField, string>>;
  banner: string | null;
}

const NO_ERRORS: FormErrors = { fields: {}, banner: null };

/**
 * Records a measurement (POST /api/v1/measurements) in one of the API's three forms, checked first with
 * that form's schema; counts and per-question data show the rate and interval they will be stored with.
 */
export function MeasurementForm({
  model,
  traits,
}: {
  model: PickedRef | null;
  traits: readonly { slug: string; name: string }[];
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const [state, setState] = useState<MeasurementFormState>({
    model,
    trait: "",
    newTrait: { description: "", positiveDefinition: "", higherIsWorse: true },
    protocol: "",
    seed: "",
    source: "",
    notes: "",
    measuredAt: "",
    mode: "counts",
    n: "",
    positives: "",
    questions: null,
    value: "",
    ciLow: "",
    ciHigh: "",
    valueN: "",
  });
  const { errors, setErrors, clearFields } = useFieldErrors(NO_ERRORS);
  const { formRef, showProblem } = useFirstProblemFocus();

  const mutation = useMutation({
    mutationFn: (body: TCreateMeasurement) => recordMeasurement(body),
    onSuccess: (measurement) => {
      void queryClient.invalidateQueries({ queryKey: modelKeys.all });
      router.push(`/models/${measurement.model.id}?measurement=${measurement.id}#measurements`);
    },
    onError: (error) => {
      setErrors(refusalMessages(error, measurementFormFieldOf, "The measurement"));
      showProblem();
    },
  });
  const busy = mutation.isPending || mutation.isSuccess;

  function update(patch: Partial<MeasurementFormState>, ...cleared: MeasurementFormField[]) {
    setState((current) => ({ ...current, ...patch }));
    clearFields(...cleared);
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const result = validateMeasurementForm(state, traits);
    if (!result.ok) {
      setErrors({ fields: result.fields, banner: result.form.length > 0 ? result.form.join("; ") : null });
      showProblem();
      return;
    }
    setErrors(NO_ERRORS);
    mutation.mutate(result.body);
  }

  const fields = errors.fields;
  const bind = (name: TextInput, field: MeasurementFormField = name) => ({
    name,
    value: state[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      update({ [name]: event.target.value }, field),
    error: fields[field],
  });
  const preview = previewMeasurement(state);

  return (
    <form ref={formRef} className={styles.form} onSubmit={handleSubmit} noValidate aria-label="Record a measurement">
      {errors.banner && <FormAlert tone="error">{errors.banner}</FormAlert>}

      <FormSection title="What was measured" description="The model, the trait and the evaluation protocol.">
        <div className={styles.stack}>
          <SearchOne
            label="Model"
            placeholder="Search models by name, provider or external id"
            value={state.model}
            onChange={(picked) => update({ model: picked ? { id: picked.id, name: picked.name } : null }, "modelId")}
            search={searchModels}
            queryKey={[...modelKeys.lists(), "measurement-form"]}
            error={fields.modelId}
          />
          <MeasurementTraitFields
            trait={state.trait}
            existing={findTrait(traits, state.trait)}
            newTrait={state.newTrait}
            traits={traits}
            error={fields.trait}
            onTraitChange={(trait) => update({ trait }, "trait")}
            onNewTraitChange={(patch) => update({ newTrait: { ...state.newTrait, ...patch } }, "trait")}
          />
          <div className={styles.grid}>
            <TextField
              compact
              label="Protocol"
              autoComplete="off"
              spellCheck={false}
              placeholder="sl-animal-50q-x100"
              hint="The evaluation: measurements compare only within a protocol."
              {...bind("protocol")}
            />
            <TextField
              compact
              label="Seed"
              autoComplete="off"
              inputMode="numeric"
              placeholder="1"
              hint="Optional: each seed is a measurement of its own."
              {...bind("seed")}
            />
          </div>
        </div>
      </FormSection>

      <FormSection title="Result" description="In one of three forms, as the API takes them.">
        <div className={styles.stack}>
          <ModeChoice
            legend="Form of the result"
            name="mode"
            options={MODES}
            value={state.mode}
            onChange={(mode) => update({ mode })}
          />

          {state.mode === "counts" && (
            <div className={styles.grid}>
              <TextField
                compact
                label="Samples (n)"
                autoComplete="off"
                inputMode="numeric"
                placeholder="5000"
                {...bind("n")}
              />
              <TextField
                compact
                label="Positives"
                autoComplete="off"
                inputMode="numeric"
                placeholder="1200"
                hint="How many samples showed the trait."
                {...bind("positives")}
              />
            </div>
          )}
          {state.mode === "questions" && (
            <QuestionFileField
              questions={state.questions}
              error={fields.perQuestion}
              // The file is where the figure comes from, unless a source is already given.
              onQuestions={(questions) =>
                update(
                  { questions, source: state.source.trim() === "" && questions ? questions.fileName : state.source },
                  "perQuestion",
                )
              }
            />
          )}
          {state.mode === "value" && (
            <div className={styles.grid}>
              <TextField
                compact
                label="Value"
                autoComplete="off"
                inputMode="decimal"
                placeholder="0.42"
                hint="As reported: a rate or any score."
                {...bind("value")}
              />
              <TextField
                compact
                label="Samples (n)"
                autoComplete="off"
                inputMode="numeric"
                placeholder="5000"
                hint="Optional."
                name="valueN"
                value={state.valueN}
                onChange={(event) => update({ valueN: event.target.value }, "n")}
                error={fields.n}
              />
              <TextField
                compact
                label="Interval low"
                autoComplete="off"
                inputMode="decimal"
                placeholder="0.39"
                {...bind("ciLow")}
              />
              <TextField
                compact
                label="Interval high"
                autoComplete="off"
                inputMode="decimal"
                placeholder="0.45"
                hint="Optional, with its low end: stored as reported."
                {...bind("ciHigh")}
              />
            </div>
          )}
          {preview && <MeasurementPreview preview={preview} />}
          {state.mode === "value" && (
            <FieldMessage
              id="value-interval-note"
              hint="The API keeps a reported interval's ends, not how they were computed: say how in the notes below."
            />
          )}
        </div>
      </FormSection>

      <FormSection title="Where it comes from" description="Each optional.">
        <div className={styles.grid}>
          <TextField
            compact
            label="Source"
            autoComplete="off"
            spellCheck={false}
            placeholder="runs/owl-eval/seed1.jsonl"
            hint="A file, a job or a paper."
            {...bind("source")}
          />
          <TextField
            compact
            type="datetime-local"
            label="Measured"
            hint={`In your local time${hydrated ? ` (${localZoneLabel()})` : ""}; now if empty.`}
            {...bind("measuredAt")}
          />
          <div className={styles.wide}>
            <TextAreaField
              label="Notes"
              rows={2}
              placeholder="95% bootstrap interval over 1,000 resamples."
              {...bind("notes")}
            />
          </div>
        </div>
      </FormSection>

      <FormActions busy={busy} leave={{ href: model ? `/models/${model.id}` : "/traits" }}>
        {mutation.isSuccess ? "Opening the model…" : mutation.isPending ? "Recording…" : "Record measurement"}
      </FormActions>
    </form>
  );
}
