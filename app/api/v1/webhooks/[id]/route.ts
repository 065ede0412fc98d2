import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { getWebhook } from "@/lib/webhooks/get-webhook";
import { ZWebhookDto, ZWebhookIdParams } from "@/lib/webhooks/webhook.types";

export const GET = withApi(
  {
    scope: "webhooks:manage",
    params: ZWebhookIdParams,
    docs: {
      summary: "Get a webhook",
      description: "One webhook, a deleted one too (with `disabledAt`). Never its signing secret.",
      tags: ["Webhooks"],
      responses: okResponse(
        ZWebhookDto,
        "`id`, `url`, `flavour`, `events`, `description`, `secretPrefix`, `createdBy`, `createdAt`, `disabledAt`, `lastDelivery`.",
      ),
      problems: notFoundProblem("webhook"),
    },
  },
  ({ params }) => getWebhook(params.id),
);

export const DELETE = withApi(
  {
    scope: "webhooks:manage",
    params: ZWebhookIdParams,
    docs: {
      summary: "Delete a webhook",
      description:
        "It is sent nothing more, and its pending deliveries are given up (failed). It and its deliveries stay readable by id. Deleting it again is harmless. Audited.",
      tags: ["Webhooks"],
      responses: okResponse(ZWebhookDto, "The webhook as deleted, with `disabledAt`."),
      problems: notFoundProblem("webhook"),
    },
  },
  ({ actor, params }) => deleteWebhook(actor, params.id),
);
