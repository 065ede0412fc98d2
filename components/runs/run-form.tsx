"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type ChangeEvent, type SubmitEvent } from "react";
import { searchDatasets, searchModels } from "@/components/entities/entity-searches";
import { runMethodLabel } from "@/components/entities/run-method-badge";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { FormSection } from "@/components/ui/form-section";
import { SearchOne } from "@/components/ui/search-one";
import { SearchSelect } from "@/components/ui/search-select";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { useFirstProblemFocus } from "@/components/ui/use-first-problem-focus";
import { useHydrated } from "@/components/ui/use-hydrated";
import { datasetKeys } from "@/lib/datasets/dataset-keys";
import { modelKeys } from "@/lib/models/model-keys";
import { newIdempotencyKey } from "@/lib/runs/idempotency-key";
import { localZoneLabel } from "@/lib/runs/local-datetime";
import { placeFieldErrors, runFormFieldOf, type RunFormField } from "@/lib/runs/run-form-fields";
import { validateRunForm, type RunFormState } from "@/lib/runs/run-form-input";
import { runKeys } from "@/lib/runs/run-keys";
import { RUN_METHODS, type TCreateRun } from "@/lib/runs/run.types";
import { registerRun, RegisterRunError, type CycleStep } from "./register-run-request";
import { RunFormCycleAlert } from "./run-form-cycle-alert";
import { RunFormHyperparameters } from "./run-form-hyperparameters";
import { RunFormStudent } from "./run-form-student";
import { RUN_STATUS_OPTIONS, RunTimeFields } from "./run-time-fields";
import styles from "./run-form.module.css";

const METHOD_OPTIONS = RUN_METHODS.map((method) => ({ value: method, label: runMethodLabel(method) }));

const INITIAL_STATE: RunFormState = {
  datasets: [],
  initializedFrom: null,
  studentMode: "new",
  existingStudent: null,
  newStudent: { name: "", provider: "", externalId: "", version: "", tags: "" },
  teachers: [],
  method: "sft",
  hyperparameters: [{ id: "row-0", key: "", value: "" }],
  seed: "",
  externalJobId: "",
  status: "planned",
  startedAt: "",
  finishedAt: "",
};

/** The inputs that hold one field of the state as text, each with a message of its own. */
type TextInput = "method" | "status" | "seed" | "externalJobId";

type Banner = { kind: "cycle"; cycle: CycleStep[] } | { kind: "error"; message: string } | null;

interface FormErrors {
  fields: Partial<Record<RunFormField, string>>;
  rows: Record<string, { key?: string; value?: string }>;
  banner: Banner;
}

const NO_ERRORS: FormErrors = { fields: {}, rows: {}, banner: null };

/** What a refused registration says, beside the inputs it names and in a banner for the rest. */
function errorsOf(error: unknown): FormErrors {
  if (!(error instanceof RegisterRunError))
    return {
      ...NO_ERRORS,
      banner: { kind: "error", message: error instanceof Error ? error.message : "Something went wrong." },
    };
  if (error.cycle) return { ...NO_ERRORS, banner: { kind: "cycle", cycle: error.cycle } };
  const placed = placeFieldErrors(error.problem.errors ?? [], runFormFieldOf);
  const besideFields = Object.keys(placed.fields).length > 0;
  const message =
    placed.unplaced.length > 0
      ? placed.unplaced.join("; ")
      : besideFields
        ? "The run was not registered: see the messages beside the fields."
        : (error.problem.detail ?? error.message);
  return { fields: placed.fields, rows: {}, banner: { kind: "error", message } };
}

/** Registers a distillation run (POST /api/v1/runs), checked first with the API's own schema. */
export function RunForm() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  // One key per form instance: submitting twice (a double click, a retry) registers one run.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [state, setState] = useState<RunFormState>(INITIAL_STATE);
  const { errors, setErrors, clearFields } = useFieldErrors(NO_ERRORS);
  const nextRow = useRef(1);
  const { formRef, showProblem } = useFirstProblemFocus(['[data-testid="cycle-alert"], [aria-invalid="true"]']);

  const mutation = useMutation({
    mutationFn: (body: TCreateRun) => registerRun(body, idempotencyKey),
    onSuccess: (run) => {
      void queryClient.invalidateQueries({ queryKey: runKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: modelKeys.lists() });
      router.push(`/runs/${run.id}`);
    },
    onError: (error) => {
      setErrors(errorsOf(error));
      showProblem();
    },
  });
  const busy = mutation.isPending || mutation.isSuccess;

  function update(patch: Partial<RunFormState>, ...cleared: RunFormField[]) {
    setState((current) => ({ ...current, ...patch }));
    clearFields(...cleared);
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const result = validateRunForm(state);
    if (!result.ok) {
      setErrors({
        fields: result.fields,
        rows: result.rows,
        banner: result.form.length > 0 ? { kind: "error", message: result.form.join("; ") } : null,
      });
      showProblem();
      return;
    }
    setErrors(NO_ERRORS);
    mutation.mutate(result.body);
  }

  const fields = errors.fields;
  /** The name, value, change handler and message of an input that holds one field of the state as text. */
  const bind = (name: TextInput, ...alsoCleared: RunFormField[]) => ({
    name,
    value: state[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      update({ [name]: event.target.value }, name, ...alsoCleared);
    },
    error: fields[name],
  });
  return (
    <form ref={formRef} className={styles.form} onSubmit={handleSubmit} noValidate aria-label="Register a run">
      {errors.banner?.kind === "cycle" && <RunFormCycleAlert cycle={errors.banner.cycle} />}
      {errors.banner?.kind === "error" && <FormAlert tone="error">{errors.banner.message}</FormAlert>}

      <FormSection
        title="Training data"
        description="What the student was trained on. Teachers follow from the datasets' generations; name others only if they are not recorded there."
      >
        <div className={styles.stack}>
          <SearchSelect
            label="Datasets"
            placeholder="Search datasets by name or SHA-256"
            multiple
            value={state.datasets}
            onChange={(datasets) => update({ datasets }, "datasetIds")}
            search={searchDatasets}
            queryKey={[...datasetKeys.lists(), "run-form"]}
            hint="At least one."
            error={fields.datasetIds}
          />
          <SearchSelect
            label="Other teachers"
            placeholder="Search models"
            multiple
            value={state.teachers}
            onChange={(teachers) => update({ teachers }, "teacherIds")}
            search={searchModels}
            queryKey={[...modelKeys.lists(), "run-form"]}
            hint="Optional: teachers beyond those that generated the datasets."
            error={fields.teacherIds}
          />
        </div>
      </FormSection>

      <FormSection
        title="Student"
        description="The model this run trained, and the model it started from: its base along initialized_from."
      >
        <div className={styles.stack}>
          <SearchOne
            label="Initialised from"
            placeholder="Search models by name, provider or external id"
            value={state.initializedFrom}
            onChange={(base) => {
              // A new student is usually served by its base's provider.
              const provider =
                state.newStudent.provider === "" && base?.provider ? base.provider : state.newStudent.provider;
              update(
                {
                  initializedFrom: base ? { id: base.id, name: base.name } : null,
                  newStudent: { ...state.newStudent, provider },
                },
                "initializedFromId",
              );
            }}
            search={searchModels}
            queryKey={[...modelKeys.lists(), "run-form"]}
            error={fields.initializedFromId}
          />
          <RunFormStudent
            mode={state.studentMode}
            existing={state.existingStudent}
            fields={state.newStudent}
            errors={fields}
            onModeChange={(studentMode) => update({ studentMode }, "student")}
            onExistingChange={(existingStudent) => update({ existingStudent }, "student.id")}
            onFieldsChange={(patch) =>
              update(
                { newStudent: { ...state.newStudent, ...patch } },
                ...(Object.keys(patch).map((key) => `student.${key}`) as RunFormField[]),
              )
            }
          />
        </div>
      </FormSection>

      <FormSection title="Training" description="How the student was trained.">
        <div className={styles.stack}>
          <div className={styles.grid}>
            <SelectField label="Method" options={METHOD_OPTIONS} {...bind("method")} />
            <SelectField label="Status" options={RUN_STATUS_OPTIONS} {...bind("status")} />
            <TextField
              compact
              label="Seed"
              inputMode="numeric"
              autoComplete="off"
              placeholder="1"
              hint="Optional: the training seed."
              {...bind("seed")}
            />
            <TextField
              compact
              label="External job id"
              autoComplete="off"
              placeholder="ftjob-abc123"
              hint="Optional. Registering the same job id again returns the first run."
              {...bind("externalJobId")}
            />
          </div>
          <RunFormHyperparameters
            rows={state.hyperparameters}
            rowErrors={errors.rows}
            error={fields.hyperparameters}
            onChange={(hyperparameters) => update({ hyperparameters }, "hyperparameters")}
            onAdd={() =>
              update({
                hyperparameters: [...state.hyperparameters, { id: `row-${nextRow.current++}`, key: "", value: "" }],
              })
            }
          />
        </div>
      </FormSection>

      <FormSection
        title="Timing"
        description={`In your local time${hydrated ? ` (${localZoneLabel()})` : ""}; both optional.`}
      >
        <div className={styles.grid}>
          <RunTimeFields
            values={state}
            errors={fields}
            // A new start may settle the finish's message (a finish before the start).
            onChange={(name, value) =>
              update({ [name]: value }, name, ...(name === "startedAt" ? ["finishedAt" as const] : []))
            }
          />
        </div>
      </FormSection>

      <FormActions busy={busy} leave={{ href: "/runs" }}>
        {mutation.isSuccess ? "Opening the run…" : mutation.isPending ? "Registering…" : "Register run"}
      </FormActions>
    </form>
  );
}
