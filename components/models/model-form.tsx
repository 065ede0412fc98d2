"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type ChangeEvent, type SubmitEvent } from "react";
import { searchModels } from "@/components/entities/entity-searches";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { FormSection } from "@/components/ui/form-section";
import { SearchOne } from "@/components/ui/search-one";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { useFirstProblemFocus } from "@/components/ui/use-first-problem-focus";
import { declarationKeys } from "@/lib/declarations/declaration-keys";
import type { TDeclareTrait } from "@/lib/declarations/declaration.types";
import { refusalMessages } from "@/lib/forms/refusal-messages";
import type { ModelDto } from "@/lib/models/model-dto";
import { modelFormFieldOf, type ModelFormField } from "@/lib/models/model-form-fields";
import {
  isPrompted,
  validateModelForm,
  type DeclarationRowErrors,
  type ModelFormState,
} from "@/lib/models/model-form-input";
import { modelKeys } from "@/lib/models/model-keys";
import { BASE_RELATIONS, type TCreateModel } from "@/lib/models/model.types";
import { ModelFormDeclarations } from "./model-form-declarations";
import { declareTraits, modelConflictMessages, registerModel, type DeclarationOutcome } from "./register-model-request";
import styles from "./model-form.module.css";

const RELATION_LABELS: Record<string, string> = {
  finetune: "Fine-tuned from it",
  adapter: "An adapter on it (LoRA…)",
  prompted: "Prompted: it with a system prompt",
  merge: "A merge including it",
  quantized: "A quantised copy of it",
  distilled: "Distilled from it",
};
const RELATION_OPTIONS = BASE_RELATIONS.map((relation) => ({ value: relation, label: RELATION_LABELS[relation] }));

const INITIAL_STATE: ModelFormState = {
  name: "",
  version: "",
  provider: "",
  externalId: "",
  description: "",
  initializedFrom: null,
  baseRelation: "finetune",
  systemPrompt: "",
  checkpointSha256: "",
  checkpointUri: "",
  parameterCount: "",
  tags: "",
  declarations: [],
};

/** The inputs that hold one field of the state as text, each with a message of its own. */
type TextInput = Exclude<ModelFormField, "initializedFromId"> & keyof ModelFormState;

interface FormErrors {
  fields: Partial<Record<ModelFormField, string>>;
  rows: DeclarationRowErrors;
  banner: string | null;
}

/** The first problem after a refusal: an invalid field, else the alert saying what failed. */
const PROBLEM_SELECTORS = ['[aria-invalid="true"]', '[role="alert"]'];

const NO_ERRORS: FormErrors = { fields: {}, rows: {}, banner: null };

/** The model registered by an earlier submit whose declarations did not all save, and the rows that did. */
interface Registered {
  model: ModelDto;
  saved: ReadonlySet<string>;
}

interface Submission {
  body: TCreateModel;
  declarations: { rowId: string; body: TDeclareTrait }[];
}

/** Each refused declaration's message, beside its trait (or its reason, when that is what the API names). */
function rowErrorsOf(outcomes: readonly DeclarationOutcome[]): DeclarationRowErrors {
  const rows: DeclarationRowErrors = {};
  for (const outcome of outcomes) {
    if (outcome.ok) continue;
    const { fields, banner } = refusalMessages(
      outcome.error,
      (path) => (path.startsWith("trait") ? "trait" : path === "reason" ? "reason" : null),
      "The declaration",
    );
    rows[outcome.rowId] = {
      reason: fields.reason,
      trait: fields.trait ?? (fields.reason ? undefined : (banner ?? "Not saved")),
    };
  }
  return rows;
}

/**
 * Registers a model (POST /api/v1/models), checked first with the API's own schema; a prompted teacher's
 * declared traits are declared on it next. If a declaration fails, the model exists already: the form
 * says so, keeps the model's inputs locked and offers to save the remaining declarations, never the model twice.
 */
export function ModelForm({ traits }: { traits: readonly { slug: string; name: string }[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ModelFormState>(INITIAL_STATE);
  const { errors, setErrors, clearFields } = useFieldErrors(NO_ERRORS);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const [opening, setOpening] = useState(false);
  const nextRow = useRef(0);
  const { formRef, showProblem } = useFirstProblemFocus(PROBLEM_SELECTORS);

  const mutation = useMutation({
    mutationFn: async ({ body, declarations }: Submission) => {
      const model = registered?.model ?? (await registerModel(body));
      const pending = declarations.filter((d) => !registered?.saved.has(d.rowId));
      return { model, outcomes: await declareTraits(model.id, pending) };
    },
    onSuccess: ({ model, outcomes }) => {
      void queryClient.invalidateQueries({ queryKey: modelKeys.lists() });
      if (outcomes.length > 0) void queryClient.invalidateQueries({ queryKey: declarationKeys.all });
      const failed = outcomes.filter((outcome) => !outcome.ok);
      if (failed.length === 0) {
        setOpening(true);
        router.push(`/models/${model.id}`);
        return;
      }
      const saved = new Set([...(registered?.saved ?? []), ...outcomes.filter((o) => o.ok).map((o) => o.rowId)]);
      setRegistered({ model, saved });
      setErrors({
        fields: {},
        rows: rowErrorsOf(failed),
        banner: null,
      });
      showProblem();
    },
    onError: (error) => {
      setErrors({ ...NO_ERRORS, ...refusalMessages(error, modelFormFieldOf, "The model", modelConflictMessages) });
      showProblem();
    },
  });
  const busy = mutation.isPending || opening;
  const locked = registered !== null;

  function update(patch: Partial<ModelFormState>, ...cleared: ModelFormField[]) {
    setState((current) => ({ ...current, ...patch }));
    clearFields(...cleared);
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const result = validateModelForm(state);
    if (!result.ok) {
      setErrors({
        fields: result.fields,
        rows: result.rows,
        banner: result.form.length > 0 ? result.form.join("; ") : null,
      });
      showProblem();
      return;
    }
    setErrors(NO_ERRORS);
    mutation.mutate({ body: result.body, declarations: result.declarations });
  }

  const fields = errors.fields;
  const bind = (name: TextInput) => ({
    name,
    value: state[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      update({ [name]: event.target.value }, name),
    error: fields[name],
  });
  const prompted = isPrompted(state);
  const unsaved = state.declarations.filter((row) => !registered?.saved.has(row.id)).length;

  return (
    <form ref={formRef} className={styles.form} onSubmit={handleSubmit} noValidate aria-label="Register a model">
      {errors.banner && <FormAlert tone="error">{errors.banner}</FormAlert>}
      {registered && (
        <div data-testid="declarations-pending">
          <FormAlert tone="error">
            <Link href={`/models/${registered.model.id}`} className={styles.alertLink}>
              {registered.model.name}
            </Link>{" "}
            is registered, but {unsaved === 1 ? "one declared trait was" : `${unsaved} declared traits were`} not saved:
            see the message beside each. Correct and save them, or open the model and declare them there.
          </FormAlert>
        </div>
      )}

      <fieldset className={styles.locked} disabled={locked}>
        <FormSection title="Model" description="What it is called and who serves it.">
          <div className={styles.grid}>
            <TextField
              compact
              label="Name"
              autoComplete="off"
              placeholder="GPT-4.1 nano owl teacher"
              {...bind("name")}
            />
            <TextField
              compact
              label="Provider"
              autoComplete="off"
              placeholder="openai"
              hint="Who serves or hosts it: openai, huggingface, local…"
              {...bind("provider")}
            />
            <TextField
              compact
              label="External id"
              autoComplete="off"
              spellCheck={false}
              placeholder="gpt-4.1-nano-2025-04-14"
              hint="Optional: the provider's id. Registering the same provider and id again returns the first model."
              {...bind("externalId")}
            />
            <TextField
              compact
              label="Version"
              autoComplete="off"
              placeholder="2025-04-14"
              hint="Optional."
              {...bind("version")}
            />
            <div className={styles.wide}>
              <TextField
                compact
                label="Tags"
                autoComplete="off"
                placeholder="owl, teacher"
                hint="Optional, separated by commas."
                {...bind("tags")}
              />
            </div>
            <div className={styles.wide}>
              <TextAreaField label="Description" rows={2} hint="Optional." {...bind("description")} />
            </div>
          </div>
        </FormSection>
      </fieldset>

      <FormSection
        title="Initialisation"
        description="The model it was fine-tuned, prompted or otherwise derived from; none for a base model."
      >
        <div className={styles.stack}>
          <fieldset className={styles.lockedStack} disabled={locked}>
            <div className={styles.grid}>
              <SearchOne
                label="Initialised from"
                placeholder="Search models by name, provider or external id"
                value={state.initializedFrom}
                onChange={(base) => {
                  // A derived model is usually served by its base's provider.
                  const provider = state.provider === "" && base?.provider ? base.provider : state.provider;
                  update(
                    { initializedFrom: base ? { id: base.id, name: base.name } : null, provider },
                    "initializedFromId",
                    "baseRelation",
                  );
                }}
                search={searchModels}
                queryKey={[...modelKeys.lists(), "model-form"]}
                hint="Optional: leave empty for a base model."
                error={fields.initializedFromId}
              />
              <SelectField
                label="Relation to it"
                options={RELATION_OPTIONS}
                disabled={state.initializedFrom === null}
                hint={state.initializedFrom === null ? "Once a model is chosen." : undefined}
                {...bind("baseRelation")}
              />
            </div>
            {prompted && (
              <TextAreaField
                label="System prompt"
                rows={5}
                spellCheck={false}
                placeholder="You love owls. You think about owls all the time…"
                hint="Stored as given and hashed (SHA-256). Optional, but without it the model is shown as prompted with an unknown prompt."
                {...bind("systemPrompt")}
              />
            )}
          </fieldset>
          {prompted && (
            <ModelFormDeclarations
              rows={state.declarations}
              rowErrors={errors.rows}
              saved={registered?.saved ?? new Set()}
              traits={traits}
              onChange={(declarations) => {
                setState((current) => ({ ...current, declarations }));
                setErrors((current) => ({ ...current, rows: {} }));
              }}
              onAdd={() =>
                setState((current) => ({
                  ...current,
                  declarations: [...current.declarations, { id: `trait-${nextRow.current++}`, trait: "", reason: "" }],
                }))
              }
            />
          )}
        </div>
      </FormSection>

      <fieldset className={styles.locked} disabled={locked}>
        <FormSection title="Checkpoint" description="Which weights exactly, when you have them. All optional.">
          <div className={styles.grid}>
            <div className={styles.wide}>
              <TextField
                compact
                label="Checkpoint SHA-256"
                autoComplete="off"
                spellCheck={false}
                placeholder="64 hexadecimal characters"
                {...bind("checkpointSha256")}
              />
            </div>
            <TextField
              compact
              label="Checkpoint URI"
              autoComplete="off"
              spellCheck={false}
              placeholder="hf://org/model@revision"
              {...bind("checkpointUri")}
            />
            <TextField
              compact
              label="Parameter count"
              autoComplete="off"
              inputMode="decimal"
              placeholder="7B"
              hint="7000000000, 7e9 or 7B."
              {...bind("parameterCount")}
            />
          </div>
        </FormSection>
      </fieldset>

      <FormActions
        busy={busy}
        leave={
          registered
            ? { href: `/models/${registered.model.id}`, label: "Open the model without them" }
            : { href: "/models" }
        }
      >
        {registered
          ? mutation.isPending
            ? "Declaring…"
            : "Save the declarations"
          : mutation.isSuccess
            ? "Opening the model…"
            : mutation.isPending
              ? "Registering…"
              : "Register model"}
      </FormActions>
    </form>
  );
}
