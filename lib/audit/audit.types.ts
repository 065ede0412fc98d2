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

export interface AuditEventDto {
  id: string;
  actorLabel: string;
  actorUserId: string | null;
  viaToken: boolean;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: string;
}
