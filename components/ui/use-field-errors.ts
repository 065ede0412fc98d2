"use client";
import { useState } from "react";

/** A form's messages: one per field, beside its input, and whatever else the form keeps with them. */
interface WithFieldErrors {
  fields: Partial<Record<string, string>>;
}

/**
 * A form's errors, starting from `none`, and `clearFields`: a change to an input takes its message
 * away (the rest stay until the next submit), so that a corrected field no longer reads as wrong.
 */
export function useFieldErrors<TErrors extends WithFieldErrors>(none: TErrors) {
  const [errors, setErrors] = useState<TErrors>(none);

  function clearFields(...cleared: (keyof TErrors["fields"] & string)[]) {
    if (!cleared.some((field) => errors.fields[field])) return;
    setErrors((current) => ({
      ...current,
      fields: Object.fromEntries(
        Object.entries(current.fields).filter(([field]) => !(cleared as string[]).includes(field)),
      ),
    }));
  }

  return { errors, setErrors, clearFields };
}
