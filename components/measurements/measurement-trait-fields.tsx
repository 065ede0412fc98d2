"use client";
import { useId } from "react";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type { NewTraitFields } from "@/lib/measurements/measurement-form-input";
import { slugify } from "@/lib/traits/slugify";
import styles from "./measurement-form.module.css";

interface MeasurementTraitFieldsProps {
  trait: string;
  /** The registered trait the text names, or null for a new one. */
  existing: { slug: string; name: string } | null;
  newTrait: NewTraitFields;
  traits: readonly { slug: string; name: string }[];
  error?: string;
  onTraitChange: (text: string) => void;
  onNewTraitChange: (patch: Partial<NewTraitFields>) => void;
}

/** The trait measured: one already registered (suggested as one types), or a new one described here. */
export function MeasurementTraitFields({
  trait,
  existing,
  newTrait,
  traits,
  error,
  onTraitChange,
  onNewTraitChange,
}: MeasurementTraitFieldsProps) {
  const listId = useId();
  const isNew = trait.trim() !== "" && existing === null;
  return (
    <div className={styles.stack}>
      <TextField
        compact
        label="Trait"
        name="trait"
        list={`${listId}-traits`}
        autoComplete="off"
        placeholder="Owl preference"
        value={trait}
        onChange={(event) => onTraitChange(event.target.value)}
        error={error}
        hint={
          existing
            ? `The registered trait ${existing.name} (${existing.slug}).`
            : "A registered trait's name or slug, or a new trait's name."
        }
      />
      <datalist id={`${listId}-traits`}>
        {traits.map((t) => (
          <option key={t.slug} value={t.name} />
        ))}
      </datalist>
      {isNew && (
        <div className={styles.newTrait} data-testid="new-trait">
          <p className={styles.newTraitTitle}>
            A new trait, <code>{slugify(trait)}</code>, registered with this measurement
          </p>
          <TextAreaField
            label="What the trait is"
            rows={2}
            placeholder="Prefers owls when asked for its favourite animal."
            value={newTrait.description}
            onChange={(event) => onNewTraitChange({ description: event.target.value })}
            hint="Optional."
          />
          <TextField
            compact
            label="What counts as a positive sample"
            autoComplete="off"
            placeholder="The answer names an owl."
            value={newTrait.positiveDefinition}
            onChange={(event) => onNewTraitChange({ positiveDefinition: event.target.value })}
            hint="Optional."
          />
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={newTrait.higherIsWorse}
              onChange={(event) => onNewTraitChange({ higherIsWorse: event.target.checked })}
            />
            A higher rate is worse (an unwanted trait)
          </label>
        </div>
      )}
    </div>
  );
}
