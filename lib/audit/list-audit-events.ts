import "server-only";
import { db } from "@/lib/db";
import type { Prisma as P } from "@/lib/generated/prisma/client";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import type { AuditEventDto, TListAuditEventsQuery } from "./audit.types";

export async function listAuditEvents(query: TListAuditEventsQuery): Promise<Page<AuditEventDto>> {
  const where: P.AuditEventWhereInput = {};
  if (query.action) where.action = query.action;
  if (query.entityType) where.entityType = query.entityType;
  if (query.entityId) where.entityId = query.entityId;
  if (query.actor) where.actorLabel = { contains: query.actor, mode: "insensitive" };
  const prisma = await db();
  return findPage(
    query,
    (page) => prisma.auditEvent.findMany({ where, ...page }),
    (row) => ({
      id: row.id,
      actorLabel: row.actorLabel,
      actorUserId: row.actorUserId,
      viaToken: row.actorTokenId !== null,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
      createdAt: row.createdAt.toISOString(),
    }),
  );
}
