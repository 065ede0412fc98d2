import { z } from "zod";
import { WebhookDeliveryStatus, WebhookFlavour } from "@/lib/generated/prisma/enums";
import { ZPageQuery } from "@/lib/pagination/cursor-page";
import { ZWebhookEventName } from "./webhook-events";

export const ZCreateWebhook = z
  .object({
    url: z
      .string()
      .trim()
      .min(1, "url is required")
      .max(2000)
      .pipe(z.url({ protocol: /^https?$/, error: "must be an http or https URL" }))
      .describe("Where events are POSTed: http or https, not a loopback or private address"),
    flavour: z
      .enum(WebhookFlavour)
      .default("json")
      .describe("`json`: the event as JSON, signed; `slack`: a Slack/Mattermost incoming-webhook message"),
    events: z
      .array(ZWebhookEventName)
      .min(1, "choose at least one event")
      .transform((events) => [...new Set(events)])
      .describe("The events it is sent"),
    description: z.string().trim().max(500).default("").describe("What it is for, e.g. '#safety channel'"),
  })
  .strict();
export type TCreateWebhook = z.output<typeof ZCreateWebhook>;

export const ZWebhookIdParams = z.object({ id: z.string().min(1).max(100) });
export const ZDeliveryIdParams = z.object({ id: z.uuid("not a delivery id") });
export const ZWebhookDeliveriesQuery = z.object(ZPageQuery).strict();

export const ZWebhookDto = z.object({
  id: z.string(),
  url: z.string(),
  flavour: z.enum(WebhookFlavour),
  events: z.array(ZWebhookEventName),
  description: z.string(),
  secretPrefix: z.string().describe("The signing secret's first characters, to recognise it by"),
  createdBy: z.string().nullable().describe("The email of who added it"),
  createdAt: z.string(),
  disabledAt: z.string().nullable().describe("When it was deleted; it is sent nothing since"),
  lastDelivery: z
    .object({ status: z.enum(WebhookDeliveryStatus), at: z.string() })
    .nullable()
    .describe("Its latest delivery's status and when it was created"),
});
export type WebhookDto = z.infer<typeof ZWebhookDto>;

/** A webhook as created: with its signing secret, shown this once. */
export const ZCreatedWebhook = ZWebhookDto.extend({
  secret: z
    .string()
    .describe("The signing secret, `whsec_...`: shown this once. Check `X-Pedigree-Signature-256` with it"),
});
export type CreatedWebhookDto = z.infer<typeof ZCreatedWebhook>;

export const ZWebhookDeliveryDto = z.object({
  id: z.uuid().describe("Sent as `X-Pedigree-Delivery`"),
  webhookId: z.string(),
  event: ZWebhookEventName,
  eventId: z.uuid().describe("The event's id, the body's `id`"),
  status: z.enum(WebhookDeliveryStatus),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable().describe("When it is tried next, while pending"),
  lastAttemptAt: z.string().nullable(),
  lastStatusCode: z.number().int().nullable().describe("The receiver's last HTTP status; null when none came"),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type WebhookDeliveryDto = z.infer<typeof ZWebhookDeliveryDto>;

interface WebhookRow {
  id: string;
  url: string;
  flavour: WebhookFlavour;
  events: string[];
  description: string;
  secretPrefix: string;
  createdAt: Date;
  disabledAt: Date | null;
  createdBy: { email: string } | null;
  deliveries?: { status: WebhookDeliveryStatus; createdAt: Date }[];
}

export function toWebhookDto(row: WebhookRow): WebhookDto {
  const last = row.deliveries?.[0];
  return {
    id: row.id,
    url: row.url,
    flavour: row.flavour,
    events: row.events.flatMap((event) => {
      const parsed = ZWebhookEventName.safeParse(event);
      return parsed.success ? [parsed.data] : [];
    }),
    description: row.description,
    secretPrefix: row.secretPrefix,
    createdBy: row.createdBy?.email ?? null,
    createdAt: row.createdAt.toISOString(),
    disabledAt: row.disabledAt?.toISOString() ?? null,
    lastDelivery: last ? { status: last.status, at: last.createdAt.toISOString() } : null,
  };
}

/** The Prisma include toWebhookDto reads. */
export const webhookInclude = {
  createdBy: { select: { email: true } },
  deliveries: { select: { status: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
} as const;

interface DeliveryRow {
  id: string;
  webhookId: string;
  eventId: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
  event: { event: string };
}

export function toWebhookDeliveryDto(row: DeliveryRow): WebhookDeliveryDto {
  return {
    id: row.id,
    webhookId: row.webhookId,
    event: ZWebhookEventName.parse(row.event.event),
    eventId: row.eventId,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === "pending" ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export const deliveryInclude = { event: { select: { event: true } } } as const;
