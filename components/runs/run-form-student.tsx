"use client";
import { searchModels } from "@/components/entities/entity-searches";
import { FieldMessage } from "@/components/ui/field-message";
import { SearchSelect } from "@/components/ui/search-select";
import { TextField } from "@/components/ui/text-field";
import input from "@/components/ui/text-field.module.css";
import { modelKeys } from "@/lib/models/model-keys";
import type { RunFormField } from "@/lib/runs/run-form-fields";
import type { NewStudentFields, PickedRef } from "@/lib/runs/run-form-input";
import styles from "./run-form-student.module.css";

interface RunFormStudentProps {
  mode: "existing" | "new";
  existing: PickedRef | null;
  fields: NewStudentFields;
  errors: Partial<Record<RunFormField, string>>;
  onModeChange: (mode: "existing" | "new") => void;
  onExistingChange: (model: PickedRef | null) => void;
  onFieldsChange: (patch: Partial<NewStudentFields>) => void;
}

const MODES = [
  { value: "new", label: "New model", description: "Register the student with this run" },
  { value: "existing", label: "Existing model", description: "The student is already in the catalog" },
] as const;

/** The student: a model already registered, or a new one created with the run. */
export function RunFormStudent({
  mode,
  existing,
  fields,
  errors,
  onModeChange,
  onExistingChange,
  onFieldsChange,
}: RunFormStudentProps) {
  return (
    <div className={styles.stack}>
      <fieldset className={styles.modes} aria-describedby={errors.student ? "student-message" : undefined}>
        <legend className={input.label}>Student</legend>
        <div className={styles.options}>
          {MODES.map((option) => (
            <label key={option.value} className={styles.option} data-checked={mode === option.value || undefined}>
              <input
                type="radio"
                name="studentMode"
                value={option.value}
                checked={mode === option.value}
                onChange={() => onModeChange(option.value)}
              />
              <span className={styles.optionText}>
                <span className={styles.optionLabel}>{option.label}</span>
                <span className={styles.optionDescription}>{option.description}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldMessage id="student-message" error={errors.student} />
      </fieldset>
      {mode === "existing" ? (
        <SearchSelect
          label="Student model"
          placeholder="Search models by name, provider or external id"
          value={existing ? [existing] : []}
          onChange={(picked) => onExistingChange(picked[0] ?? null)}
          search={searchModels}
          queryKey={[...modelKeys.lists(), "run-form"]}
          hint="A student with no base yet gets the model above as its base; one with another base is refused."
          error={errors["student.id"]}
        />
      ) : (
        <div className={styles.fields}>
          <TextField
            compact
            label="Name"
            name="student.name"
            autoComplete="off"
            placeholder="GPT-4.1 nano owl-numbers student"
            value={fields.name}
            onChange={(event) => onFieldsChange({ name: event.target.value })}
            error={errors["student.name"]}
          />
          <TextField
            compact
            label="Provider"
            name="student.provider"
            autoComplete="off"
            placeholder="openai"
            hint="Who serves the model: openai, huggingface…"
            value={fields.provider}
            onChange={(event) => onFieldsChange({ provider: event.target.value })}
            error={errors["student.provider"]}
          />
          <TextField
            compact
            label="External id"
            name="student.externalId"
            autoComplete="off"
            placeholder="ft:gpt-4.1-nano:org:owl:abc123"
            hint="Optional: the provider's id for the model."
            value={fields.externalId}
            onChange={(event) => onFieldsChange({ externalId: event.target.value })}
            error={errors["student.externalId"]}
          />
          <TextField
            compact
            label="Version"
            name="student.version"
            autoComplete="off"
            placeholder="2025-05-12"
            hint="Optional."
            value={fields.version}
            onChange={(event) => onFieldsChange({ version: event.target.value })}
            error={errors["student.version"]}
          />
          <div className={styles.wide}>
            <TextField
              compact
              label="Tags"
              name="student.tags"
              autoComplete="off"
              placeholder="owl, numbers"
              hint="Optional, separated by commas."
              value={fields.tags}
              onChange={(event) => onFieldsChange({ tags: event.target.value })}
              error={errors["student.tags"]}
            />
          </div>
        </div>
      )}
    </div>
  );
}
