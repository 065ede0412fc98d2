import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { zPage } from "@/lib/pagination/list-schemas";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { ZWebhookDeliveriesQuery, ZWebhookDeliveryDto, ZWebhookIdParams } from "@/lib/webhooks/webhook.types";

export const GET = withApi(
  {
    scope: "webhooks:manage",
    params: ZWebhookIdParams,
    query: ZWebhookDeliveriesQuery,
    docs: {
      summary: "List a webhook's deliveries",
      description:
        "Newest first, by cursor: each event sent (or to be sent) to the webhook, its status (`pending`, `delivered`, `failed`), attempts, the receiver's last HTTP status and error, and when it is tried next.",
      tags: ["Webhooks"],
      responses: okResponse(
        zPage(ZWebhookDeliveryDto),
        "`{items, nextCursor}`; each delivery has `id`, `event`, `eventId`, `status`, `attempts`, `nextAttemptAt`, `lastAttemptAt`, `lastStatusCode`, `lastError`, `deliveredAt`, `createdAt`.",
      ),
      problems: notFoundProblem("webhook"),
    },
  },
  ({ params, query }) => listWebhookDeliveries(params.id, query),
);
