import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { auditActorOf, auditEntityOf, entityTypesMatching } from "./audit-entity-names";
import { timeRangeOf, type AuditEventDto, type TAuditFilters } from "./audit.types";

interface AuditEventRow {
  id: string;
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  created_at: string;
  user_name: string | null;
  user_email: string | null;
  token_name: string | null;
  entity_name: string | null;
  link_kind: string | null;
  link_key: string | null;
}

// The object's name today, and the page it links to, from whichever table holds its type. Each branch
// is gated by the event's type, so Postgres reads at most one primary-key row per event.
const ENTITY_LOOKUP = Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT m.name AS entity_name, 'model' AS link_kind, m.id AS link_key
      FROM models m WHERE e.entity_type = 'model' AND m.id = e.entity_id
    UNION ALL
    SELECT d.name, 'dataset', d.id FROM datasets d WHERE e.entity_type = 'dataset' AND d.id = e.entity_id
    UNION ALL
    SELECT gt.name || ' → ' || coalesce(gd.name, 'dataset not uploaded yet'),
           CASE WHEN gd.id IS NULL THEN 'model' ELSE 'dataset' END, coalesce(gd.id, gt.id)
      FROM generations g JOIN models gt ON gt.id = g.teacher_id LEFT JOIN datasets gd ON gd.id = g.dataset_id
     WHERE e.entity_type = 'generation' AND g.id = e.entity_id
    UNION ALL
    SELECT 'Run of ' || rs.name, 'run', r.id
      FROM distillation_runs r JOIN models rs ON rs.id = r.student_id
     WHERE e.entity_type IN ('run', 'distillation_run') AND r.id = e.entity_id
    UNION ALL
    SELECT t.name, 'trait', t.slug FROM traits t WHERE e.entity_type = 'trait' AND t.id = e.entity_id
    UNION ALL
    SELECT mt.name || ' of ' || mm.name, 'model', mm.id
      FROM measurements ms JOIN traits mt ON mt.id = ms.trait_id JOIN models mm ON mm.id = ms.model_id
     WHERE e.entity_type = 'measurement' AND ms.id = e.entity_id
    UNION ALL
    SELECT dt.name || ' declared for ' || dm.name, 'model', dm.id
      FROM trait_declarations td JOIN traits dt ON dt.id = td.trait_id JOIN models dm ON dm.id = td.model_id
     WHERE e.entity_type = 'trait_declaration' AND td.id = e.entity_id
    UNION ALL
    SELECT 'Note on ' || coalesce(am.name, ad.name, 'Run of ' || ars.name),
           CASE WHEN a.model_id IS NOT NULL THEN 'model' WHEN a.dataset_id IS NOT NULL THEN 'dataset' ELSE 'run' END,
           coalesce(a.model_id, a.dataset_id, a.run_id)
      FROM annotations a LEFT JOIN models am ON am.id = a.model_id LEFT JOIN datasets ad ON ad.id = a.dataset_id
      LEFT JOIN distillation_runs ar ON ar.id = a.run_id LEFT JOIN models ars ON ars.id = ar.student_id
     WHERE e.entity_type = 'annotation' AND a.id = e.entity_id
    UNION ALL
    SELECT rp.subject_name || ' (' || rp.format::text || ')', 'report', rp.subject_id
      FROM reports rp WHERE e.entity_type = 'report' AND rp.id = e.entity_id
    UNION ALL
    SELECT CASE WHEN eu.name = eu.email THEN eu.email ELSE eu.name || ' · ' || eu.email END, NULL, NULL
      FROM users eu WHERE e.entity_type = 'user' AND eu.id = e.entity_id
    UNION ALL
    SELECT et.name, NULL, NULL FROM api_tokens et WHERE e.entity_type = 'api_token' AND et.id = e.entity_id
    UNION ALL
    SELECT sk.id, NULL, NULL FROM signing_keys sk WHERE e.entity_type = 'signing_key' AND sk.id = e.entity_id
    UNION ALL
    SELECT wh.url, NULL, NULL FROM webhooks wh WHERE e.entity_type = 'webhook' AND wh.id = e.entity_id
    LIMIT 1
  ) n ON true`;

/** An ILIKE pattern for a literal substring. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A timestamp(3) column holds UTC wall-clock time: compare it with UTC text, whatever the session's zone. */
function utcTimestamp(date: Date): Prisma.Sql {
  return Prisma.sql`${date.toISOString().replace("T", " ").replace("Z", "")}::timestamp(3)`;
}

function conditions(filters: TAuditFilters, afterId: string | undefined): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (filters.action) where.push(Prisma.sql`e.action = ${filters.action}`);
  if (filters.entityType) where.push(Prisma.sql`e.entity_type = ANY(${[...entityTypesMatching(filters.entityType)]})`);
  if (filters.entityId) where.push(Prisma.sql`e.entity_id = ${filters.entityId}`);
  if (filters.actor) {
    const pattern = containsPattern(filters.actor);
    where.push(
      Prisma.sql`(e.actor_label ILIKE ${pattern} OR au.name ILIKE ${pattern} OR au.email ILIKE ${pattern} OR at.name ILIKE ${pattern})`,
    );
  }
  const { from, before } = timeRangeOf(filters);
  if (from) where.push(Prisma.sql`e.created_at >= ${utcTimestamp(from)}`);
  if (before) where.push(Prisma.sql`e.created_at < ${utcTimestamp(before)}`);
  if (afterId) {
    where.push(
      Prisma.sql`(e.created_at, e.id) < (SELECT c.created_at, c.id FROM audit_events c WHERE c.id = ${afterId})`,
    );
  }
  return where.length > 0 ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
}

function toDto(row: AuditEventRow): AuditEventDto {
  return {
    id: row.id,
    actorLabel: row.actor_label,
    actorUserId: row.actor_user_id,
    viaToken: row.actor_token_id !== null,
    actor: auditActorOf({
      actorLabel: row.actor_label,
      actorUserId: row.actor_user_id,
      actorTokenId: row.actor_token_id,
      userName: row.user_name,
      userEmail: row.user_email,
      tokenName: row.token_name,
    }),
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    entity: auditEntityOf({
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: row.before,
      after: row.after,
      name: row.entity_name,
      linkKind: row.link_kind,
      linkKey: row.link_key,
    }),
    before: row.before,
    after: row.after,
    createdAt: row.created_at,
  };
}

/**
 * Up to `limit` events matching `filters`, newest first (the id breaking ties), after the event `afterId`
 * when given, each with its actor's and its object's names: one query, whatever the page's size.
 */
export async function selectAuditEvents(
  filters: TAuditFilters,
  page: { afterId?: string; limit: number },
): Promise<AuditEventDto[]> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<AuditEventRow[]>`
    SELECT e.id, e.actor_user_id, e.actor_token_id, e.actor_label, e.action, e.entity_type, e.entity_id,
           e.before, e.after, to_char(e.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
           au.name AS user_name, au.email AS user_email, at.name AS token_name,
           n.entity_name, n.link_kind, n.link_key
      FROM audit_events e
      LEFT JOIN users au ON au.id = e.actor_user_id
      LEFT JOIN api_tokens at ON at.id = e.actor_token_id
      ${ENTITY_LOOKUP}
      ${conditions(filters, page.afterId)}
     ORDER BY e.created_at DESC, e.id DESC
     LIMIT ${page.limit}`;
  return rows.map(toDto);
}
