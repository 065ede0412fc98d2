import type { Metadata } from "next";
import { AuditExplorer } from "@/components/audit/audit-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { ZListAuditEventsQuery } from "@/lib/audit/audit.types";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requireActor } from "@/lib/auth/current-user";
import { filledParam, listQueryOf } from "../search-params";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

const FILTERS = ["action", "entityType", "entityId", "actor", "from", "to"] as const;

type SearchParams = Promise<Partial<Record<(typeof FILTERS)[number], string | string[]>>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor("audit:read");
  const params = await searchParams;
  const query = listQueryOf(
    ZListAuditEventsQuery,
    Object.fromEntries(FILTERS.map((name) => [name, filledParam(params[name])])),
    PAGE_SIZE,
  );
  const firstPage = await listAuditEvents(query);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change recorded in this workspace: who made it, whether through an API token, and the entity before and after. Open a row to see the snapshots; export the filtered log as CSV or JSON."
      />
      <AuditExplorer
        initialPage={firstPage}
        initialFilters={{
          action: query.action ?? "",
          entityType: query.entityType ?? "",
          entityId: query.entityId ?? "",
          actor: query.actor ?? "",
          from: query.from ?? "",
          to: query.to ?? "",
        }}
        pageSize={PAGE_SIZE}
      />
    </>
  );
}
