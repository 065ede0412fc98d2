import Link from "next/link";
import { RunMethodBadge } from "@/components/entities/run-method-badge";
import { RunStatusBadge } from "@/components/entities/run-status-badge";
import list from "@/components/ui/item-list.module.css";
import type { ModelDetail } from "@/lib/models/get-model";

/** Runs whose students learned from this model: it generated their data, or was named their teacher. */
export function TaughtRunsList({ runs }: { runs: ModelDetail["taught"] }) {
  if (runs.length === 0) return <p className={list.empty}>No student has been trained on this model&apos;s output.</p>;
  return (
    <ul className={list.list}>
      {runs.map((run) => (
        <li key={run.id} className={list.item}>
          <div className={list.main}>
            <div className={list.row}>
              <Link href={`/models/${run.student.id}`} className={list.titleLink}>
                {run.student.name}
              </Link>
            </div>
            <span className={list.sub}>
              <Link href={`/runs/${run.id}`} className={list.inlineLink}>
                Run
              </Link>
              {run.datasets.length > 0
                ? ` on ${run.datasets.map((dataset) => dataset.name).join(", ")}`
                : ", no dataset recorded"}
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
