import Link from "next/link";
import { ModelLink } from "@/components/entities/model-link";
import { RunMethodBadge } from "@/components/entities/run-method-badge";
import { RunStatusBadge } from "@/components/entities/run-status-badge";
import list from "@/components/ui/item-list.module.css";
import type { DatasetDetail } from "@/lib/datasets/dataset.types";

/** The distillation runs that trained a student on this dataset. */
export function TrainedRunsList({ runs }: { runs: DatasetDetail["runs"] }) {
  if (runs.length === 0) return <p className={list.empty}>No student has been trained on this dataset yet.</p>;
  return (
    <ul className={list.list} data-testid="trained-runs">
      {runs.map((run) => (
        <li key={run.id} className={list.item}>
          <div className={list.main}>
            <ModelLink model={{ ...run.student, version: null }} strong />
            <span className={list.sub}>
              <Link href={`/runs/${run.id}`} className={list.inlineLink}>
                Open the run
              </Link>
            </span>
          </div>
          <div className={list.meta}>
            <RunMethodBadge method={run.method} />
            <RunStatusBadge status={run.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
