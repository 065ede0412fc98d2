"use client";
import { CircleCheck, Plus, Trash2 } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field-message";
import { TextField } from "@/components/ui/text-field";
import input from "@/components/ui/text-field.module.css";
import type { DeclarationRow, DeclarationRowErrors } from "@/lib/models/model-form-input";
import styles from "./model-form-declarations.module.css";

interface ModelFormDeclarationsProps {
  rows: DeclarationRow[];
  rowErrors: DeclarationRowErrors;
  /** Rows already declared on the registered model: shown, no longer editable. */
  saved: ReadonlySet<string>;
  traits: readonly { slug: string; name: string }[];
  onChange: (rows: DeclarationRow[]) => void;
  onAdd: () => void;
}

/** "Declare traits this prompt gives it": zero or more (trait, reason) rows, declared once the model exists. */
export function ModelFormDeclarations({ rows, rowErrors, saved, traits, onChange, onAdd }: ModelFormDeclarationsProps) {
  const listId = useId();
  const edit = (id: string, patch: Partial<DeclarationRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  return (
    <fieldset className={styles.fieldset} aria-describedby="declarations-message" data-testid="declarations-editor">
      <legend className={input.label}>Declare traits this prompt gives it</legend>
      <ol className={styles.rows}>
        {rows.map((row, index) => {
          const errors = rowErrors[row.id] ?? {};
          const isSaved = saved.has(row.id);
          return (
            <li key={row.id} className={styles.row}>
              <TextField
                compact
                label={`Trait ${index + 1}`}
                list={`${listId}-traits`}
                placeholder="Owl preference"
                autoComplete="off"
                value={row.trait}
                disabled={isSaved}
                onChange={(event) => edit(row.id, { trait: event.target.value })}
                error={errors.trait}
              />
              <TextField
                compact
                label={`Why it carries trait ${index + 1}`}
                placeholder="Its system prompt says it loves owls."
                autoComplete="off"
                value={row.reason}
                disabled={isSaved}
                onChange={(event) => edit(row.id, { reason: event.target.value })}
                error={errors.reason}
              />
              {!isSaved && (
                <Button
                  variant="ghost"
                  iconOnly
                  className={styles.remove}
                  onClick={() => onChange(rows.filter((other) => other.id !== row.id))}
                  aria-label={`Remove trait ${index + 1}`}
                  title="Remove"
                >
                  <Trash2 size={14} aria-hidden="true" />
                </Button>
              )}
              {isSaved && (
                <p className={styles.saved}>
                  <CircleCheck size={14} aria-hidden="true" />
                  Declared on the model
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <datalist id={`${listId}-traits`}>
        {traits.map((trait) => (
          <option key={trait.slug} value={trait.name} />
        ))}
      </datalist>
      <div className={styles.footer}>
        <Button size="sm" onClick={onAdd}>
          <Plus size={13} aria-hidden="true" />
          Add a trait
        </Button>
      </div>
      <FieldMessage
        id="declarations-message"
        hint="Optional. Each makes this model a source of the trait: every model trained on its data is then listed as exposed until measured. A new trait is created on first use."
      />
    </fieldset>
  );
}
