import { z } from "zod";
import { ZPageQuery } from "@/lib/pagination/cursor-page";

// A bound of the time range: an instant with its offset, or a whole day (UTC).
const ZTimeBound = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

const ZAuditFilterFields = {
  action: z.string().trim().max(100).optional().describe("Exact action, e.g. model.create"),
  entityType: z
    .string()
    .trim()
    .max(50)
    .optional()
    .describe("Exact object type, e.g. model, dataset, distillation_run, user, api_token"),
  entityId: z.string().trim().max(100).optional().describe("Exact object id"),
  actor: z
    .string()
    .trim()
    .max(320)
    .optional()
    .describe("Part of the actor's name, email or token name (case-insensitive); `system` for the server's own"),
  from: ZTimeBound.optional().describe(
    "Events at or after this instant (ISO 8601 with offset), or from the start of this day (YYYY-MM-DD, UTC)",
  ),
  to: ZTimeBound.optional().describe(
    "Events at or before this instant (ISO 8601 with offset), or up to the end of this day (YYYY-MM-DD, UTC)",
  ),
};

/**
 * The time range as instants: `from`, the first included, and `before`, the first past `to` (a day includes
 * all of itself; an instant includes its own millisecond, the precision events are stored at).
 */
export function timeRangeOf(filters: { from?: string; to?: string }): { from?: Date; before?: Date } {
  const dayOrInstant = (value: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  const range: { from?: Date; before?: Date } = {};
  if (filters.from) range.from = dayOrInstant(filters.from);
  if (filters.to) {
    const end = dayOrInstant(filters.to);
    range.before = new Date(end.getTime() + (/^\d{4}-\d{2}-\d{2}$/.test(filters.to) ? 86_400_000 : 1));
  }
  return range;
}

function checkRange(filters: { from?: string; to?: string }, context: z.RefinementCtx) {
  const { from, before } = timeRangeOf(filters);
  if (from && before && before.getTime() <= from.getTime()) {
    context.addIssue({ code: "custom", path: ["to"], message: "must not be before `from`" });
  }
}

export const ZListAuditEventsQuery = z
  .object({ ...ZAuditFilterFields, ...ZPageQuery })
  .strict()
  .superRefine(checkRange);
export type TListAuditEventsQuery = z.output<typeof ZListAuditEventsQuery>;
/** The filters alone, as the list, the export and the files they write share them. */
export type TAuditFilters = Omit<TListAuditEventsQuery, "cursor" | "limit">;

const AUDIT_EXPORT_FORMATS = ["csv", "json"] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

export const ZExportAuditEventsQuery = z
  .object({
    ...ZAuditFilterFields,
    format: z.enum(AUDIT_EXPORT_FORMATS).describe("csv (one event a row) or json (a document with every event)"),
  })
  .strict()
  .superRefine(checkRange);

const ZAuditActorDto = z.object({
  kind: z.enum(["user", "token", "system"]).describe("A signed-in user, a user through an API token, or the server"),
  name: z.string().describe("The user's name today; the kept label when the user no longer exists"),
  email: z.string().nullable(),
  tokenName: z.string().nullable().describe("The API token's name, when the change came through one"),
  deleted: z.boolean().describe("The user (or token) no longer exists: `name` is what the event kept"),
});
export type AuditActorDto = z.infer<typeof ZAuditActorDto>;

const ZAuditEntityDto = z.object({
  name: z
    .string()
    .nullable()
    .describe("The object's name today, or the name its snapshot kept if it was deleted; null when neither is known"),
  path: z.string().nullable().describe("The dashboard page of the object, e.g. /models/{id}; null when it has none"),
  deleted: z.boolean().describe("The object no longer exists"),
});
export type AuditEntityDto = z.infer<typeof ZAuditEntityDto>;

export const ZAuditEventDto = z.object({
  id: z.string(),
  actorLabel: z.string().describe("Who acted, as recorded: an email, `email (token name)`, or `system`"),
  actorUserId: z.string().nullable(),
  viaToken: z.boolean(),
  actor: ZAuditActorDto,
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  entity: ZAuditEntityDto,
  before: z.unknown().describe("The entity before the change, as the API showed it; null for a creation"),
  after: z.unknown().describe("The entity after the change; null for a deletion"),
  createdAt: z.string(),
});
export type AuditEventDto = z.infer<typeof ZAuditEventDto>;
