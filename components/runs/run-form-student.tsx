"use client";
import { searchModels } from "@/components/entities/entity-searches";
import { FieldMessage } from "@/components/ui/field-message";
import { ModeChoice } from "@/components/ui/mode-choice";
import { SearchOne } from "@/components/ui/search-one";
import { TextField } from "@/components/ui/text-field";
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

/** The inputs of a new student, in the order shown; the wide one takes a whole line. */
const STUDENT_FIELDS: {
  key: keyof NewStudentFields;
  label: string;
  placeholder: string;
  hint?: string;
  wide?: boolean;
}[] = [
  { key: "name", label: "Name", placeholder: "GPT-4.1 nano owl-numbers student" },
  {
    key: "provider",
    label: "Provider",
    placeholder: "openai",
    hint: "Who serves the model: openai, huggingface…",
  },
  {
    key: "externalId",
    label: "External id",
    placeholder: "ft:gpt-4.1-nano:org:owl:abc123",
    hint: "Optional: the provider's id for the model.",
  },
  { key: "version", label: "Version", placeholder: "2025-05-12", hint: "Optional." },
  { key: "tags", label: "Tags", placeholder: "owl, numbers", hint: "Optional, separated by commas.", wide: true },
];

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
      <ModeChoice
        legend="Student"
        name="studentMode"
        options={MODES}
        value={mode}
        onChange={onModeChange}
        describedBy={errors.student ? "student-message" : undefined}
      >
        <FieldMessage id="student-message" error={errors.student} />
      </ModeChoice>
      {mode === "existing" ? (
        <SearchOne
          label="Student model"
          placeholder="Search models by name, provider or external id"
          value={existing}
          onChange={onExistingChange}
          search={searchModels}
          queryKey={[...modelKeys.lists(), "run-form"]}
          hint="A student with no base yet gets the model above as its base; one with another base is refused."
          error={errors["student.id"]}
        />
      ) : (
        <div className={styles.fields}>
          {STUDENT_FIELDS.map(({ key, wide, ...field }) => {
            const textField = (
              <TextField
                key={key}
                compact
                {...field}
                name={`student.${key}`}
                autoComplete="off"
                value={fields[key]}
                onChange={(event) => onFieldsChange({ [key]: event.target.value })}
                error={errors[`student.${key}`]}
              />
            );
            return wide ? (
              <div key={key} className={styles.wide}>
                {textField}
              </div>
            ) : (
              textField
            );
          })}
        </div>
      )}
    </div>
  );
}
