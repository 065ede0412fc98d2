import { InvalidArgumentError, Option, type Command } from "commander";
import type { Page } from "@/lib/pagination/cursor-page";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";
import type { CreatedWebhookDto, WebhookDeliveryDto, WebhookDto } from "@/lib/webhooks/webhook.types";
import { commandAction } from "../command-action";
import type { Io } from "../context";
import { addPageOptions, collect, type PageOptions } from "../options";
import { renderFields } from "../render/fields";
import { renderPage, renderTable } from "../render/table";

/** One --event, checked against the events there are, collected. */
function eventName(value: string, previous: string[] = []): string[] {
  if (!(WEBHOOK_EVENTS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`'${value}' is not an event: choose from ${WEBHOOK_EVENTS.join(", ")}.`);
  return collect(value, previous);
}

function describeWebhook(webhook: WebhookDto): string {
  return renderFields([
    ["Webhook", webhook.id],
    ["URL", webhook.url],
    ["Format", webhook.flavour],
    ["Events", webhook.events.join(", ")],
    ["Description", webhook.description || null],
    ["Secret", `${webhook.secretPrefix}…`],
    ["Deleted", webhook.disabledAt],
  ]);
}

export function registerWebhookCommands(program: Command, io: Io): void {
  const webhooks = program
    .command("webhooks")
    .description("Endpoints told of events: exposure, measurements, runs, signed reports (admin)");

  webhooks
    .command("list")
    .description("List the webhooks in use, newest first, with their latest delivery")
    .action(
      commandAction(io, async (context) => {
        const result = await context.client().get<{ items: WebhookDto[] }>("/api/v1/webhooks");
        context.output(result, () =>
          renderTable(result.items, [
            { header: "Id", value: (w) => w.id },
            { header: "URL", value: (w) => w.url, max: 48 },
            { header: "Format", value: (w) => w.flavour },
            { header: "Events", value: (w) => w.events.join(","), max: 60 },
            { header: "Last delivery", value: (w) => w.lastDelivery?.status },
          ]),
        );
      }),
    );

  webhooks
    .command("add")
    .description(
      "Add a webhook. Prints its signing secret once: the receiver checks X-Pedigree-Signature-256 (sha256=HMAC-SHA256 of the raw body) with it",
    )
    .argument("<url>", "where events are POSTed (http or https; local and private addresses are refused)")
    .option("--event <event>", `an event to send, repeatable (default all): ${WEBHOOK_EVENTS.join(", ")}`, eventName)
    .addOption(
      new Option("--format <format>", "json (signed JSON) or slack (Slack/Mattermost)")
        .choices(["json", "slack"])
        .default("json"),
    )
    .option("--description <text>", "what it is for")
    .action(
      commandAction<{ event?: string[]; format: string; description?: string }>(io, async (context, [url], options) => {
        const { data } = await context.client().request<CreatedWebhookDto>("POST", "/api/v1/webhooks", {
          json: {
            url,
            events: options.event ?? [...WEBHOOK_EVENTS],
            flavour: options.format,
            description: options.description,
          },
        });
        context.output(
          data,
          () => `${describeWebhook(data)}\n\nSigning secret (shown this once, keep it): ${data.secret}`,
        );
      }),
    );

  webhooks
    .command("delete")
    .description("Delete a webhook: it is sent nothing more, and its pending deliveries are given up")
    .argument("<id>", "the webhook's id")
    .action(
      commandAction(io, async (context, [id]) => {
        const { data } = await context
          .client()
          .request<WebhookDto>("DELETE", `/api/v1/webhooks/${encodeURIComponent(id)}`);
        context.output(data, () => `Deleted webhook ${data.id} (${data.url}).`);
      }),
    );

  const deliveries = webhooks
    .command("deliveries")
    .description("A webhook's deliveries, newest first: status, HTTP code, attempts, last error")
    .argument("<id>", "the webhook's id");
  addPageOptions(deliveries).action(
    commandAction<PageOptions>(io, async (context, [id], options) => {
      const page = await context
        .client()
        .get<Page<WebhookDeliveryDto>>(`/api/v1/webhooks/${encodeURIComponent(id)}/deliveries`, {
          limit: options.limit,
          cursor: options.cursor,
        });
      context.output(page, () =>
        renderPage(page, [
          { header: "Delivery", value: (d) => d.id },
          { header: "Event", value: (d) => d.event },
          { header: "Status", value: (d) => d.status },
          { header: "Code", value: (d) => d.lastStatusCode, align: "right" },
          { header: "Attempts", value: (d) => d.attempts, align: "right" },
          { header: "Last attempt", value: (d) => d.lastAttemptAt?.slice(0, 19) },
          { header: "Error", value: (d) => d.lastError, max: 50 },
        ]),
      );
    }),
  );

  webhooks
    .command("resend")
    .description("Send a delivery again (same delivery id), with a fresh count of attempts")
    .argument("<delivery>", "the delivery's id")
    .action(
      commandAction(io, async (context, [id]) => {
        const { data } = await context
          .client()
          .request<WebhookDeliveryDto>("POST", `/api/v1/webhooks/deliveries/${encodeURIComponent(id)}/resend`);
        context.output(data, () => `Delivery ${data.id} (${data.event}) is queued again.`);
      }),
    );
}
