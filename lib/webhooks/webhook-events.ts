import { z } from "zod";

// The events a webhook may ask for, and what each event's outbox row keeps (webhook_events.payload):
// ids and names, never links, which are made at delivery from the instance's public URL.

export const WEBHOOK_EVENTS = ["model.exposed", "measurement.created", "run.created", "report.signed"] as const;

export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_DESCRIPTIONS: Record<WebhookEventName, string> = {
  "model.exposed": "A model became exposed to a trait it has not been measured on",
  "measurement.created": "A measurement was recorded",
  "run.created": "A distillation run was registered",
  "report.signed": "A signed provenance report was generated",
};

export const ZWebhookEventName = z.enum(WEBHOOK_EVENTS);

const ZNamedModel = z.object({ id: z.string(), name: z.string() });
const ZNamedTrait = z.object({ id: z.string(), slug: z.string(), name: z.string() });

/** An event's subject: which members are present depends on the event. */
export const ZWebhookEventData = z.object({
  model: ZNamedModel.optional().describe("The model the event is about (a run's student, a report's subject)"),
  trait: ZNamedTrait.optional(),
  teachers: z.array(ZNamedModel).optional().describe("run.created: the run's teachers"),
  run: z.object({ id: z.string(), method: z.string(), status: z.string() }).optional(),
  measurement: z
    .object({
      id: z.string(),
      kind: z.string(),
      value: z.number(),
      ciLow: z.number().nullable(),
      ciHigh: z.number().nullable(),
      sampleCount: z.number().nullable(),
    })
    .optional(),
  report: z
    .object({ id: z.string(), format: z.string(), scope: z.string(), sha256: z.string(), keyId: z.string() })
    .optional(),
  exposure: z
    .object({ risk: z.enum(["high", "lower"]), sourceCount: z.number() })
    .optional()
    .describe("model.exposed: the nearest path's risk and how many sources reach the model"),
});
export type TWebhookEventData = z.infer<typeof ZWebhookEventData>;
