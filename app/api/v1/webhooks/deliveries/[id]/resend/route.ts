import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";
import { ZDeliveryIdParams, ZWebhookDeliveryDto } from "@/lib/webhooks/webhook.types";

export const POST = withApi(
  {
    scope: "webhooks:manage",
    params: ZDeliveryIdParams,
    docs: {
      summary: "Resend a webhook delivery",
      description:
        "Puts the delivery back in the queue, due now, with a fresh count of attempts, whatever its status. The receiver gets the same `X-Pedigree-Delivery` id and event `id`, so it can tell a resend from a new event. Audited.",
      tags: ["Webhooks"],
      responses: okResponse(ZWebhookDeliveryDto, "The delivery, `pending` again."),
      problems: {
        404: "No delivery with that id.",
        409: "The delivery's webhook was deleted.",
      },
    },
  },
  ({ actor, params }) => resendWebhookDelivery(actor, params.id),
);
