"use client";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field-message";
import input from "@/components/ui/text-field.module.css";
import type { HyperparameterRow } from "@/lib/runs/hyperparameter-rows";
import styles from "./run-form-hyperparameters.module.css";

interface RunFormHyperparametersProps {
  rows: HyperparameterRow[];
  onChange: (rows: HyperparameterRow[]) => void;
  onAdd: () => void;
  rowErrors: Record<string, { key?: string; value?: string }>;
  error?: string;
}

/** A row's two inputs: the hyperparameter's name (its key) and its value. */
const PARTS = [
  { part: "key", name: "Name", placeholder: "epochs" },
  { part: "value", name: "Value", placeholder: "10" },
] as const;

/** Key/value rows; a value is stored as JSON when it parses as JSON, else as text. */
export function RunFormHyperparameters({ rows, onChange, onAdd, rowErrors, error }: RunFormHyperparametersProps) {
  const edit = (id: string, patch: Partial<HyperparameterRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  return (
    <fieldset
      className={styles.fieldset}
      aria-describedby="hyperparameters-message"
      data-testid="hyperparameters-editor"
    >
      <legend className={input.label}>Hyperparameters</legend>
      {rows.length > 0 && (
        <div className={styles.head} aria-hidden="true">
          <span>Name</span>
          <span>Value</span>
        </div>
      )}
      <ol className={styles.rows}>
        {rows.map((row, index) => {
          const errors = rowErrors[row.id] ?? {};
          const message = errors.key ?? errors.value;
          return (
            <li key={row.id} className={styles.row}>
              {PARTS.map(({ part, name, placeholder }) => (
                <input
                  key={part}
                  className={`${input.input} ${input.compact} ${styles[part]}`}
                  aria-label={`${name} of hyperparameter ${index + 1}`}
                  aria-invalid={errors[part] ? true : undefined}
                  aria-describedby={errors[part] ? `${row.id}-message` : undefined}
                  placeholder={placeholder}
                  value={row[part]}
                  onChange={(event) => edit(row.id, { [part]: event.target.value })}
                  spellCheck={false}
                  autoComplete="off"
                />
              ))}
              <Button
                variant="ghost"
                iconOnly
                onClick={() => onChange(rows.filter((other) => other.id !== row.id))}
                aria-label={`Remove hyperparameter ${index + 1}`}
                title="Remove"
              >
                <Trash2 size={14} aria-hidden="true" />
              </Button>
              {message && (
                <div className={styles.rowError}>
                  <FieldMessage id={`${row.id}-message`} error={message} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className={styles.footer}>
        <Button size="sm" onClick={onAdd}>
          <Plus size={13} aria-hidden="true" />
          Add hyperparameter
        </Button>
      </div>
      <FieldMessage
        id="hyperparameters-message"
        error={error}
        hint="Values are read as JSON when they are valid JSON (3, 2e-4, true, [8, 16]); anything else is kept as text."
      />
    </fieldset>
  );
}
