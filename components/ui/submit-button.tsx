import type { ReactNode } from "react";
import { Button } from "./button";
import { Spinner } from "./spinner";

interface SubmitButtonProps {
  pending: boolean;
  /** Said instead of the label while pending, e.g. "Adding…". */
  pendingLabel: string;
  children: ReactNode;
}

/** A form's primary button: disabled, with a spinner, while the form is being sent. */
export function SubmitButton({ pending, pendingLabel, children }: SubmitButtonProps) {
  return (
    <Button type="submit" variant="primary" disabled={pending}>
      {pending && <Spinner size={13} />}
      {pending ? pendingLabel : children}
    </Button>
  );
}
