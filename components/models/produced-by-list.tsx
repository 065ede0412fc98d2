import Link from "next/link";
import { RunStatusBadge } from "@/components/entities/run-status-badge";
import { Badge } from "@/components/ui/badge";
import list from "@/components/ui/item-list.module.css";
import type { ModelDetail } from "@/lib/models/get-model";

const METHOD_LABELS: Record<string, string> = {
  sft: "SFT",
  lora: "LoRA",
  logit_distillation: "Logit distillation",
  other: "Other",
};

export function ProducedByList({ runs }: { runs: ModelDetail["producedBy"] }) {
  if (runs.length === 0) return <p className={list.empty}>No training run recorded for this model.</p>;
  return (
    <ul className={list.list}>
      {runs.map((run) => (
        <li key={run.id} className={list.item}>
          <div className={list.main}>
            <div className={list.row}>
              <Link href={`/runs/${run.id}`} className={list.titleLink}>
                {METHOD_LABELS[run.method] ?? run.method} run
              </Link>
              {run.seed !== null && <Badge variant="chip">seed {run.seed}</Badge>}
            </div>
            <span className={list.sub}>
              {run.datasets.length === 0 ? "No dataset recorded" : "Trained on "}
              {run.datasets.map((dataset, index) => (
                <span key={dataset.id}>
                  {index > 0 && ", "}
                  <Link href={`/datasets/${dataset.id}`} className={list.inlineLink}>
                    {dataset.name}
                  </Link>
                </span>
              ))}
            </span>
          </div>
          <div className={list.meta}>
            <RunStatusBadge status={run.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
