import Link from "next/link";
import { RunBadges } from "@/components/entities/run-badges";
import { ItemList } from "@/components/ui/item-list";
import list from "@/components/ui/item-list.module.css";
import type { ModelDetail } from "@/lib/models/get-model";

type TaughtRun = ModelDetail["taught"][number];

function TaughtRun({ run }: { run: TaughtRun }) {
  return (
    <>
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
    </>
  );
}

/** Runs whose students learned from this model: it generated their data, or was named their teacher. */
export function TaughtRunsList({ runs }: { runs: TaughtRun[] }) {
  return (
    <ItemList
      items={runs}
      empty="No student has been trained on this model's output."
      main={(run) => <TaughtRun run={run} />}
      meta={(run) => <RunBadges run={run} />}
    />
  );
}
