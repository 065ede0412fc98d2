"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { auditKeys } from "@/lib/audit/audit-keys";
import { apiFetch } from "@/lib/http/problem-client";
import { webhookKeys } from "@/lib/webhooks/webhook-keys";
import type { WebhookDeliveryDto } from "@/lib/webhooks/webhook.types";
import { SectionAlert } from "./section-alert";
import { WebhookDeliveryStatusBadge } from "./webhook-delivery-status-badge";
import styles from "./webhook-deliveries.module.css";

const RECENT = 10;

interface DeliveryRow {
  id: string;
  delivery: WebhookDeliveryDto;
  resending: boolean;
  resend: () => void;
}

const COLUMNS: DataColumn<DeliveryRow>[] = [
  { header: "Event", cell: ({ delivery }) => <code className={styles.event}>{delivery.event}</code> },
  { header: "Status", cell: ({ delivery }) => <WebhookDeliveryStatusBadge status={delivery.status} /> },
  {
    header: "Code",
    numeric: true,
    cell: ({ delivery }) => delivery.lastStatusCode ?? <span className={styles.dash}>—</span>,
  },
  { header: "Attempts", numeric: true, cell: ({ delivery }) => delivery.attempts },
  {
    header: "When",
    className: styles.when,
    cell: ({ delivery }) => (
      <>
        <RelativeTime iso={delivery.lastAttemptAt ?? delivery.createdAt} />
        {delivery.nextAttemptAt && (
          <span className={styles.sub}>
            next <RelativeTime iso={delivery.nextAttemptAt} />
          </span>
        )}
      </>
    ),
  },
  {
    header: "Error",
    className: styles.error,
    cell: ({ delivery }) => delivery.lastError ?? <span className={styles.dash}>—</span>,
  },
  {
    header: "Actions",
    hideHeader: true,
    className: styles.actions,
    cell: ({ delivery, resending, resend }) => (
      <Button
        size="sm"
        onClick={resend}
        disabled={resending}
        aria-label={`Resend ${delivery.event} delivery ${delivery.id}`}
      >
        {resending ? "Resending…" : "Resend"}
      </Button>
    ),
  },
];

/** A webhook's latest deliveries, refreshed while some are pending, each with Resend. */
export function WebhookDeliveries({ webhookId }: { webhookId: string }) {
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    queryKey: webhookKeys.deliveries(webhookId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: WebhookDeliveryDto[] }>(
        `/api/v1/webhooks/${encodeURIComponent(webhookId)}/deliveries?limit=${String(RECENT)}`,
        { signal },
      ).then((body) => body.items),
    refetchInterval: (query) => (query.state.data?.some((d) => d.status === "pending") ? 3000 : false),
  });
  const resend = useMutation({
    mutationFn: (id: string) =>
      apiFetch<WebhookDeliveryDto>(`/api/v1/webhooks/deliveries/${encodeURIComponent(id)}/resend`, { method: "POST" }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: webhookKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditKeys.lists() });
    },
  });

  if (deliveries.isPending) return <p className={styles.note}>Loading deliveries…</p>;
  if (deliveries.isError) return <SectionAlert>Could not load the deliveries: {deliveries.error.message}</SectionAlert>;
  if (deliveries.data.length === 0)
    return <p className={styles.note}>No deliveries yet: one is made for each event this webhook is sent.</p>;
  const rows = deliveries.data.map((delivery) => ({
    id: delivery.id,
    delivery,
    resending: resend.isPending && resend.variables === delivery.id,
    resend: () => resend.mutate(delivery.id),
  }));
  return (
    <>
      {resend.isError && (
        <SectionAlert onDismiss={() => resend.reset()}>Could not resend: {resend.error.message}</SectionAlert>
      )}
      <DataTable columns={COLUMNS} rows={rows} className={styles.table} testId={`webhook-deliveries-${webhookId}`} />
    </>
  );
}
