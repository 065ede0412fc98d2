import { created, withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { env } from "@/lib/env";
import { instanceBaseUrl } from "@/lib/http/report-response";
import { zItems } from "@/lib/pagination/list-schemas";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { ZCreatedWebhook, ZCreateWebhook, ZWebhookDto } from "@/lib/webhooks/webhook.types";

export const GET = withApi(
  {
    scope: "webhooks:manage",
    docs: {
      summary: "List webhooks",
      description: "The webhooks in use, newest first; deleted ones are not listed. The signing secret is never shown.",
      tags: ["Webhooks"],
      responses: okResponse(
        zItems(ZWebhookDto),
        "`{items}`; each webhook has `id`, `url`, `flavour`, `events`, `description`, `secretPrefix`, `createdBy`, `createdAt` and its `lastDelivery`.",
      ),
    },
  },
  async () => ({ items: await listWebhooks() }),
);

export const POST = withApi(
  {
    scope: "webhooks:manage",
    body: ZCreateWebhook,
    docs: {
      summary: "Add a webhook",
      description:
        "POSTs each chosen event to `url`. `json`: the body is `{event, id, occurredAt, data}` with the model, run and trait by id, name and link, signed in `X-Pedigree-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the secret>`, with `X-Pedigree-Delivery` (the delivery's id) and `X-Pedigree-Event`. `slack`: the same event as a Slack/Mattermost incoming-webhook message (`{text, blocks}`), signed the same way. A delivery that fails (no 2xx within 10 s; redirects are not followed) is tried again after 10 s, 40 s, 160 s and so on, at most 8 times. A URL whose host is or resolves to a loopback, private, link-local or otherwise local address is refused unless the server sets PEDIGREE_WEBHOOK_ALLOW_PRIVATE=1. The signing secret is in the response once: keep it.",
      tags: ["Webhooks"],
      responses: createdResponse(
        ZCreatedWebhook,
        "The webhook, with its signing secret `secret` (shown this once) besides `id`, `url`, `flavour`, `events` and `description`.",
      ),
      problems: {
        422: "The body does not match the schema, or the URL is refused (not http(s), holds credentials, or reaches a local or private address); `errors` names the field.",
      },
    },
  },
  async ({ actor, body, request }) => {
    const webhook = await createWebhook(actor, body, instanceBaseUrl(request, env.NEXTAUTH_URL));
    return created(webhook, `/api/v1/webhooks/${webhook.id}`);
  },
);
