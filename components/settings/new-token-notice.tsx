import { SecretShownOnce } from "./secret-shown-once";

/** The new token, shown this once: the server keeps only its hash. */
export function NewTokenNotice({ name, token, onDismiss }: { name: string; token: string; onDismiss: () => void }) {
  return (
    <SecretShownOnce
      heading={
        <>
          Token <strong>{name}</strong> created
        </>
      }
      secret={token}
      copyLabel="Copy token"
      warning="Copy it now and keep it somewhere safe. It will not be shown again: Pedigree stores only a hash of it."
      testId="new-token"
      onDismiss={onDismiss}
    />
  );
}
