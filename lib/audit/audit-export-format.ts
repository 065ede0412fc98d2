// The audit log as files to take away: a CSV row per event, or a JSON document of every event. Pure, so
// that the exporter (lib/audit/stream-audit-export.ts) only has to fetch pages and write these.
import { csvLine } from "@/lib/format/csv";
import type { AuditEventDto, AuditExportFormat, TAuditFilters } from "./audit.types";

const CSV_HEADER = [
  "time_utc",
  "action",
  "actor",
  "actor_email",
  "actor_token",
  "actor_deleted",
  "actor_recorded_as",
  "object_type",
  "object_id",
  "object_name",
  "object_deleted",
  "object_url",
  "before",
  "after",
  "event_id",
] as const;

/** The CSV's first line: the columns' names. */
export function auditCsvHeader(): string {
  return csvLine(CSV_HEADER);
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** An event as a CSV line; `baseUrl` turns the object's page into a link that works outside the dashboard. */
export function auditCsvLine(event: AuditEventDto, baseUrl: string): string {
  return csvLine([
    event.createdAt,
    event.action,
    event.actor.name,
    event.actor.email,
    event.actor.tokenName,
    String(event.actor.deleted),
    event.actorLabel,
    event.entityType,
    event.entityId,
    event.entity.name,
    String(event.entity.deleted),
    event.entity.path ? `${baseUrl}${event.entity.path}` : null,
    json(event.before),
    json(event.after),
    event.id,
  ]);
}

/** The JSON document up to its first event: when it was made, from where, with which filters. */
export function auditJsonHead(filters: TAuditFilters, exportedAt: Date, baseUrl: string): string {
  const head = JSON.stringify({ exportedAt: exportedAt.toISOString(), instance: baseUrl, filters }, null, 2);
  // `{ ..., "events": [` with the events to follow, one a line.
  return `${head.slice(0, -2)},\n  "events": [`;
}

/** An event of the JSON document; `first` for the first, which takes no comma before it. */
export function auditJsonEvent(event: AuditEventDto, first: boolean): string {
  return `${first ? "" : ","}\n    ${JSON.stringify(event)}`;
}

/** The JSON document's end, after its last event. */
export function auditJsonTail(eventCount: number): string {
  return `${eventCount > 0 ? "\n  " : ""}]\n}\n`;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/**
 * "audit-log-model-create-20261206-1405.csv": the filters that shape the file, then when it was made (UTC),
 * so that two exports of different views never share a name.
 */
export function auditExportFileName(filters: TAuditFilters, format: AuditExportFormat, now: Date): string {
  const parts = ["audit log", filters.action, filters.entityType, filters.entityId, filters.actor]
    .filter((part): part is string => Boolean(part))
    .map(slug)
    .filter(Boolean);
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return `${parts.join("-").slice(0, 100).replace(/-+$/, "")}-${stamp}.${format}`;
}
