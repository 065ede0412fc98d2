"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Webhook } from "lucide-react";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { auditKeys } from "@/lib/audit/audit-keys";
import { apiFetch } from "@/lib/http/problem-client";
import { webhookKeys } from "@/lib/webhooks/webhook-keys";
import type { CreatedWebhookDto, WebhookDto } from "@/lib/webhooks/webhook.types";
import { NewWebhookSecretNotice } from "./new-webhook-secret-notice";
import { SectionAlert } from "./section-alert";
import { WebhookCreateForm } from "./webhook-create-form";
import { WebhookItem } from "./webhook-item";
import styles from "./webhooks-section.module.css";

/** Administrators' webhooks: list, add (the signing secret shown once), delete, and each one's deliveries. */
export function WebhooksSection({ initialWebhooks }: { initialWebhooks: WebhookDto[] }) {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedWebhookDto | null>(null);
  const webhooks = useQuery({
    queryKey: webhookKeys.list(),
    queryFn: ({ signal }) =>
      apiFetch<{ items: WebhookDto[] }>("/api/v1/webhooks", { signal }).then((body) => body.items),
    initialData: initialWebhooks,
  });
  const remove = useMutation({
    mutationFn: (webhook: WebhookDto) =>
      apiFetch<WebhookDto>(`/api/v1/webhooks/${encodeURIComponent(webhook.id)}`, { method: "DELETE" }),
    onSuccess: (deleted) => {
      if (created?.id === deleted.id) setCreated(null);
      queryClient.setQueryData<WebhookDto[]>(webhookKeys.list(), (list) => list?.filter((w) => w.id !== deleted.id));
      void queryClient.invalidateQueries({ queryKey: webhookKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditKeys.lists() });
    },
  });

  return (
    <Card
      title="Webhooks"
      meta={webhooks.data.length}
      description="Tell other systems when a model becomes exposed to a trait it has not been measured on, or a measurement, run or signed report is recorded."
      flush
      id="webhooks"
    >
      {remove.isError && (
        <SectionAlert onDismiss={() => remove.reset()}>
          Could not delete the webhook: {remove.error.message}
        </SectionAlert>
      )}
      {webhooks.isError && <SectionAlert>Could not refresh the webhooks: {webhooks.error.message}</SectionAlert>}
      {webhooks.data.length === 0 ? (
        <EmptyState
          compact
          icon={<Webhook size={18} aria-hidden="true" />}
          title="No webhooks yet"
          description="Add one below: a chat channel (Slack or Mattermost) or any HTTPS endpoint."
        />
      ) : (
        <ul className={styles.list} aria-label="Webhooks">
          {webhooks.data.map((webhook) => (
            <WebhookItem
              key={webhook.id}
              webhook={webhook}
              deleting={remove.isPending && remove.variables.id === webhook.id}
              onDelete={() => remove.mutate(webhook)}
            />
          ))}
        </ul>
      )}
      {created && (
        <NewWebhookSecretNotice url={created.url} secret={created.secret} onDismiss={() => setCreated(null)} />
      )}
      <WebhookCreateForm onCreated={setCreated} />
    </Card>
  );
}
