"use client";
import { ChevronDown, ChevronRight } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { WebhookDto } from "@/lib/webhooks/webhook.types";
import { WebhookDeleteButton } from "./webhook-delete-button";
import { WebhookDeliveries } from "./webhook-deliveries";
import { WebhookDeliveryStatusBadge } from "./webhook-delivery-status-badge";
import styles from "./webhook-item.module.css";

interface WebhookItemProps {
  webhook: WebhookDto;
  deleting: boolean;
  onDelete: () => void;
}

/** One webhook: where it goes, what it is sent, its latest delivery; its recent deliveries on demand. */
export function WebhookItem({ webhook, deleting, onDelete }: WebhookItemProps) {
  const [open, setOpen] = useState(false);
  const panelId = `webhook-${webhook.id}-deliveries`;
  return (
    <li className={styles.item} data-testid="webhook-item">
      <div className={styles.summary}>
        <div className={styles.main}>
          <code className={styles.url} title={webhook.url}>
            {webhook.url}
          </code>
          {webhook.description && <span className={styles.description}>{webhook.description}</span>}
          <div className={styles.facts}>
            <Badge variant="chip">{webhook.flavour === "slack" ? "Slack / Mattermost" : "JSON"}</Badge>
            {webhook.events.map((event) => (
              <Badge key={event} variant="chip" tone="blue">
                {event}
              </Badge>
            ))}
            <span className={styles.meta}>
              secret <code>{webhook.secretPrefix}…</code> · added <RelativeTime iso={webhook.createdAt} />
              {webhook.createdBy && <> by {webhook.createdBy}</>}
            </span>
          </div>
        </div>
        <div className={styles.actions}>
          {webhook.lastDelivery && <WebhookDeliveryStatusBadge status={webhook.lastDelivery.status} />}
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? <ChevronDown size={14} aria-hidden="true" /> : <ChevronRight size={14} aria-hidden="true" />}
            Deliveries
          </Button>
          <WebhookDeleteButton url={webhook.url} pending={deleting} onDelete={onDelete} />
        </div>
      </div>
      {open && (
        <div id={panelId} className={styles.deliveries}>
          <WebhookDeliveries webhookId={webhook.id} />
        </div>
      )}
    </li>
  );
}
