import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { RunsExplorer } from "@/components/runs/runs-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { listRunParticipants } from "@/lib/runs/list-run-participants";
import { listRuns } from "@/lib/runs/list-runs";
import { ZListRunsQuery } from "@/lib/runs/run.types";
import { catalogWriteAction } from "../catalog-write-action";
import { filledParam } from "../search-params";

export const metadata: Metadata = { title: "Runs" };

const PAGE_SIZE = 25;

type SearchParams = Promise<{
  status?: string | string[];
  method?: string | string[];
  teacherId?: string | string[];
  studentId?: string | string[];
}>;

export default async function RunsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const params = await searchParams;
  // An unknown status or method in the URL is ignored rather than failing the page.
  const status = ZListRunsQuery.shape.status.safeParse(filledParam(params.status)).data;
  const method = ZListRunsQuery.shape.method.safeParse(filledParam(params.method)).data;
  const participants = await listRunParticipants();
  // A teacher or student not offered by the filter is ignored like an unknown status.
  const teacherId = participants.teachers.find((m) => m.id === filledParam(params.teacherId))?.id;
  const studentId = participants.students.find((m) => m.id === filledParam(params.studentId))?.id;
  const firstPage = await listRuns({ status, method, teacherId, studentId, limit: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Runs"
        description="Distillation and fine-tuning runs: which student was trained, from which base, on which teachers' data, and how."
        actions={catalogWriteAction(actor, { href: "/runs/new", icon: Plus, label: "Register a run" })}
      />
      <RunsExplorer
        initialPage={firstPage}
        initialFilters={{
          status: status ?? "",
          method: method ?? "",
          teacherId: teacherId ?? "",
          studentId: studentId ?? "",
        }}
        participants={participants}
        pageSize={PAGE_SIZE}
      />
    </>
  );
}
