import Link from "next/link";
import { RunStatusBadge } from "@/components/entities/run-status-badge";
import { Badge } from "@/components/ui/badge";
import { ItemList } from "@/components/ui/item-list";
import list from "@/components/ui/item-list.module.css";
import type { ModelDetail } from "@/lib/models/get-model";

const METHOD_LABELS: Record<string, string> = {
  sft: "SFT",
  lora: "LoRA",
  logit_distillation: "Logit distillation",
  other: "Other",
};

type ProducingRun = ModelDetail["producedBy"][number];

function ProducingRun({ run }: { run: ProducingRun }) {
  return (
    <>
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
    </>
  );
}

export function ProducedByList({ runs }: { runs: ProducingRun[] }) {
  return (
    <ItemList
      items={runs}
      empty="No training run recorded for this model."
      main={(run) => <ProducingRun run={run} />}
      meta={(run) => <RunStatusBadge status={run.status} />}
    />
  );
}
