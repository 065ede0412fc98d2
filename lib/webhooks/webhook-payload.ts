import type { WebhookEventName, TWebhookEventData } from "./webhook-events";

// What a receiver is sent: the event as JSON (`json`), or the same event as a Slack/Mattermost
// incoming-webhook message (`slack`). Pure: the worker passes the instance's public URL for the links.

export interface WebhookEventRow {
  id: string;
  event: WebhookEventName;
  occurredAt: Date;
  data: TWebhookEventData;
}

type Linked<T> = T & { url: string };

export interface WebhookBody {
  event: WebhookEventName;
  id: string;
  occurredAt: string;
  data: {
    model?: Linked<{ id: string; name: string }>;
    trait?: Linked<{ id: string; slug: string; name: string }>;
    teachers?: Linked<{ id: string; name: string }>[];
    run?: Linked<{ id: string; method: string; status: string }>;
    measurement?: Linked<NonNullable<TWebhookEventData["measurement"]>>;
    report?: Linked<NonNullable<TWebhookEventData["report"]>>;
    exposure?: TWebhookEventData["exposure"];
  };
}

const segment = encodeURIComponent;

/** The JSON body: the event with absolute links to each thing it names. */
export function webhookBody(row: WebhookEventRow, baseUrl: string): WebhookBody {
  const base = baseUrl.replace(/\/+$/, "");
  const { model, trait, teachers, run, measurement, report, exposure } = row.data;
  const modelLink = (m: { id: string; name: string }) => ({ ...m, url: `${base}/models/${segment(m.id)}` });
  return {
    event: row.event,
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    data: {
      ...(model && { model: modelLink(model) }),
      ...(trait && { trait: { ...trait, url: `${base}/traits/${segment(trait.slug)}` } }),
      ...(teachers && { teachers: teachers.map(modelLink) }),
      ...(run && { run: { ...run, url: `${base}/runs/${segment(run.id)}` } }),
      ...(measurement && {
        measurement: { ...measurement, url: `${base}/api/v1/measurements/${segment(measurement.id)}` },
      }),
      ...(report && { report: { ...report, url: `${base}/api/v1/reports/${segment(report.id)}` } }),
      ...(exposure && { exposure }),
    },
  };
}

/** Text for Slack's mrkdwn and Mattermost: &, < and > escaped, so a name can neither link nor mention. */
export function slackText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A link in mrkdwn: `<url|label>`, the label escaped and without the `|` that would end it. */
function slackLink(url: string, label: string): string {
  return `<${url}|${slackText(label).replaceAll("|", "¦")}>`;
}

function formatRate(value: number, kind: string): string {
  return kind === "proportion" ? `${(value * 100).toFixed(1)}%` : String(Number(value.toPrecision(4)));
}

function sentence(body: WebhookBody): string {
  const { model, trait, teachers, run, measurement, report, exposure } = body.data;
  const modelText = model ? slackLink(model.url, model.name) : "a model";
  const traitText = trait ? slackLink(trait.url, trait.name) : "a trait";
  switch (body.event) {
    case "model.exposed":
      return `${modelText} is now exposed to ${traitText} and has not been measured on it${
        exposure
          ? ` (${exposure.risk} risk, ${String(exposure.sourceCount)} source${exposure.sourceCount === 1 ? "" : "s"})`
          : ""
      }: measure it next.`;
    case "measurement.created":
      return `New measurement of ${traitText} on ${modelText}${
        measurement ? `: ${formatRate(measurement.value, measurement.kind)}` : ""
      }.`;
    case "run.created": {
      const from =
        teachers && teachers.length > 0 ? ` from ${teachers.map((t) => slackLink(t.url, t.name)).join(", ")}` : "";
      const runText = run ? slackLink(run.url, `${run.method} run`) : "A run";
      return `${runText} registered: ${modelText}${from}.`;
    }
    case "report.signed":
      return `Signed ${report ? slackText(report.format) : ""} report of ${model ? modelText : traitText}${
        report ? ` (${slackLink(report.url, report.id)})` : ""
      }.`;
  }
}

/** The Slack/Mattermost incoming-webhook message: `text` for notifications, one section block for the channel. */
export function slackMessage(body: WebhookBody): { text: string; blocks: unknown[] } {
  const text = sentence(body);
  return {
    text,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text } },
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: `Pedigree · ${slackText(body.event)} · ${body.occurredAt}` }],
      },
    ],
  };
}

/** The bytes sent for a flavour: the same string is signed. */
export function renderWebhookBody(flavour: "json" | "slack", row: WebhookEventRow, baseUrl: string): string {
  const body = webhookBody(row, baseUrl);
  return JSON.stringify(flavour === "slack" ? slackMessage(body) : body);
}
