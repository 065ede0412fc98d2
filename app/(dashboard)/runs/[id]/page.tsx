import type { Metadata } from "next";
import { NotesCard } from "@/components/annotations/notes-card";
import { NOTES_PAGE_SIZE, notesViewerOf } from "@/components/annotations/notes-path";
import { cache } from "react";
import { RunDetailHeader, runTitle } from "@/components/runs/run-detail-header";
import { RunDetailHyperparameters } from "@/components/runs/run-detail-hyperparameters";
import { RunDetailLineage } from "@/components/runs/run-detail-lineage";
import { RunDetailStatusForm } from "@/components/runs/run-detail-status-form";
import { RunDetailTiming } from "@/components/runs/run-detail-timing";
import { SharedInitializationPanel } from "@/components/runs/shared-initialization-panel";
import { TransferEffectSection } from "@/components/runs/transfer-effect-section";
import layout from "@/components/ui/layout.module.css";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { requireActor } from "@/lib/auth/current-user";
import { getRun } from "@/lib/runs/get-run";
import type { RunDetail } from "@/lib/runs/run.types";
import { orNotFound } from "../../or-not-found";
import styles from "./run-page.module.css";

type Props = { params: Promise<{ id: string }> };

// One database read per request, shared by generateMetadata and the page.
const loadRun = cache(async (id: string): Promise<RunDetail> => {
  await requireActor();
  return orNotFound(getRun(id));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const run = await loadRun((await params).id);
  return { title: runTitle(run) };
}

export default async function RunPage({ params }: Props) {
  const actor = await requireActor();
  const run = await loadRun((await params).id);
  const canEdit = actor.scopes.includes("catalog:write");
  const notes = await listAnnotations({ type: "run", id: run.id }, { limit: NOTES_PAGE_SIZE });
  return (
    <>
      <RunDetailHeader run={run} canAudit={actor.scopes.includes("audit:read")} />
      <div className={layout.stack}>
        <SharedInitializationPanel
          pairs={run.sharedInitialization}
          unknownData={run.teacherUnknown ? run.datasets.filter((d) => !d.teacher).map((d) => d.name) : []}
        />
        <TransferEffectSection runId={run.id} />
        <div className={styles.columns}>
          <div className={layout.stack}>
            <RunDetailLineage run={run} />
            <RunDetailHyperparameters hyperparameters={run.hyperparameters} />
          </div>
          <RunDetailTiming run={run}>
            {canEdit && (
              <RunDetailStatusForm
                run={{ id: run.id, status: run.status, startedAt: run.startedAt, finishedAt: run.finishedAt }}
              />
            )}
          </RunDetailTiming>
        </div>
        <NotesCard subject={{ type: "run", id: run.id }} initialPage={notes} viewer={notesViewerOf(actor)} />
      </div>
    </>
  );
}
