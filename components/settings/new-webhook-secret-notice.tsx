import { SecretShownOnce } from "./secret-shown-once";

/** A new webhook's signing secret, shown this once. */
export function NewWebhookSecretNotice({
  url,
  secret,
  onDismiss,
}: {
  url: string;
  secret: string;
  onDismiss: () => void;
}) {
  return (
    <SecretShownOnce
      heading={
        <>
          Webhook to <strong>{url}</strong> added. Its signing secret:
        </>
      }
      secret={secret}
      copyLabel="Copy secret"
      warning="Copy it now: it will not be shown again. The receiver checks each request's X-Pedigree-Signature-256 header (sha256=HMAC-SHA256 of the raw body) with it."
      testId="new-webhook-secret"
      onDismiss={onDismiss}
    />
  );
}
