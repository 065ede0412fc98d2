import { z } from "zod";
import { ZPageQuery } from "@/lib/pagination/cursor-page";

export const ZListAuditEventsQuery = z
  .object({
    action: z.string().trim().max(100).optional().describe("e.g. model.create"),
    entityType: z.string().trim().max(50).optional(),
    entityId: z.string().trim().max(100).optional(),
    actor: z.string().trim().max(320).optional().describe("Part of the actor's email or token name"),
    ...ZPageQuery,
  })
  .strict();
export type TListAuditEventsQuery = z.output<typeof ZListAuditEventsQuery>;

export const ZAuditEventDto = z.object({
  id: z.string(),
  actorLabel: z.string(),
  actorUserId: z.string().nullable(),
  viaToken: z.boolean(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().describe("The entity before the change, as the API showed it; null for a creation"),
  after: z.unknown().describe("The entity after the change; null for a deletion"),
  createdAt: z.string(),
});
export type AuditEventDto = z.infer<typeof ZAuditEventDto>;
