"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { formText } from "@/components/ui/form-text";
import form from "@/components/ui/form.module.css";
import { FieldMessage } from "@/components/ui/field-message";
import { problemMessages } from "@/components/ui/problem-messages";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { auditKeys } from "@/lib/audit/audit-keys";
import { apiFetch } from "@/lib/http/problem-client";
import { WEBHOOK_EVENT_DESCRIPTIONS, WEBHOOK_EVENTS, type WebhookEventName } from "@/lib/webhooks/webhook-events";
import { webhookKeys } from "@/lib/webhooks/webhook-keys";
import type { CreatedWebhookDto } from "@/lib/webhooks/webhook.types";
import styles from "./webhook-create-form.module.css";

const FIELDS = ["url", "flavour", "events", "description"] as const;

/** The add form: URL, flavour, the events (all chosen at first) and a description. */
export function WebhookCreateForm({ onCreated }: { onCreated: (webhook: CreatedWebhookDto) => void }) {
  const queryClient = useQueryClient();
  const [events, setEvents] = useState<ReadonlySet<WebhookEventName>>(new Set(WEBHOOK_EVENTS));
  const mutation = useMutation({
    mutationFn: (body: { url: string; flavour: string; events: WebhookEventName[]; description: string }) =>
      apiFetch<CreatedWebhookDto>("/api/v1/webhooks", { method: "POST", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: webhookKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditKeys.lists() });
    },
  });
  const messages = problemMessages(mutation.error, FIELDS);
  const eventsError = messages.fields.events;

  function toggle(event: WebhookEventName, on: boolean) {
    setEvents((current) => {
      const next = new Set(current);
      if (on) next.add(event);
      else next.delete(event);
      return next;
    });
  }

  function handleSubmit(submitted: SubmitEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const element = submitted.currentTarget;
    const data = new FormData(element);
    mutation.mutate(
      {
        url: formText(data, "url"),
        flavour: formText(data, "flavour"),
        events: WEBHOOK_EVENTS.filter((event) => events.has(event)),
        description: formText(data, "description"),
      },
      {
        onSuccess: (created) => {
          element.reset();
          setEvents(new Set(WEBHOOK_EVENTS));
          onCreated(created);
        },
      },
    );
  }

  return (
    <form className={`${form.stack} ${styles.form}`} onSubmit={handleSubmit} noValidate aria-label="Add a webhook">
      {messages.form && <FormAlert tone="error">{messages.form}</FormAlert>}
      <div className={`${form.row} ${styles.fields}`}>
        <TextField
          compact
          label="Payload URL"
          name="url"
          type="url"
          placeholder="https://hooks.example.com/pedigree"
          maxLength={2000}
          required
          error={messages.fields.url}
        />
        <SelectField
          label="Format"
          name="flavour"
          defaultValue="json"
          options={[
            { value: "json", label: "JSON (signed)" },
            { value: "slack", label: "Slack / Mattermost" },
          ]}
          error={messages.fields.flavour}
        />
        <TextField
          compact
          label="Description (optional)"
          name="description"
          placeholder="e.g. #model-safety channel"
          maxLength={500}
          error={messages.fields.description}
        />
      </div>
      <fieldset className={styles.events} aria-describedby={eventsError ? "webhook-events-error" : undefined}>
        <legend className={styles.legend}>Events</legend>
        <div className={styles.choices}>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className={styles.choice} data-checked={events.has(event) ? "" : undefined}>
              <input
                type="checkbox"
                name="events"
                value={event}
                checked={events.has(event)}
                onChange={(change) => toggle(event, change.currentTarget.checked)}
              />
              <span>
                <code className={styles.eventName}>{event}</code>
                <span className={styles.eventHelp}>{WEBHOOK_EVENT_DESCRIPTIONS[event]}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldMessage id="webhook-events-error" error={eventsError} />
      </fieldset>
      <div className={form.actions}>
        <SubmitButton pending={mutation.isPending} pendingLabel="Adding…">
          Add webhook
        </SubmitButton>
        <p className={styles.help}>
          Failed deliveries are retried after 10 s, 40 s, 160 s… up to 8 attempts. Local and private addresses are
          refused.
        </p>
      </div>
    </form>
  );
}
