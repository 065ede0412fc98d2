import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { RunsExplorer } from "@/components/runs/runs-explorer";
import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listRuns } from "@/lib/runs/list-runs";
import { ZListRunsQuery } from "@/lib/runs/run.types";

export const metadata: Metadata = { title: "Runs" };

const PAGE_SIZE = 25;

type SearchParams = Promise<{ status?: string | string[]; method?: string | string[] }>;

export default async function RunsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const params = await searchParams;
  const single = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);
  // An unknown status or method in the URL is ignored rather than failing the page.
  const status = ZListRunsQuery.shape.status.safeParse(single(params.status)).data;
  const method = ZListRunsQuery.shape.method.safeParse(single(params.method)).data;
  const firstPage = await listRuns({ status, method, limit: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Runs"
        description="Distillation and fine-tuning runs: which student was trained, from which base, on which teachers' data, and how."
        actions={
          actor.scopes.includes("catalog:write") && (
            <Link href="/runs/new" className={buttonClassName({ variant: "primary" })}>
              <Plus size={15} aria-hidden="true" />
              Register a run
            </Link>
          )
        }
      />
      <RunsExplorer initialPage={firstPage} initialFilters={{ status: status ?? "", method: method ?? "" }} pageSize={PAGE_SIZE} />
    </>
  );
}
