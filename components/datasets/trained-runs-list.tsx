import Link from "next/link";
import { ModelLink } from "@/components/entities/model-link";
import { RunBadges } from "@/components/entities/run-badges";
import { ItemList } from "@/components/ui/item-list";
import list from "@/components/ui/item-list.module.css";
import type { DatasetDetail } from "@/lib/datasets/dataset.types";

/** The distillation runs that trained a student on this dataset. */
export function TrainedRunsList({ runs }: { runs: DatasetDetail["runs"] }) {
  return (
    <ItemList
      items={runs}
      empty="No student has been trained on this dataset yet."
      testId="trained-runs"
      main={(run) => (
        <>
          <ModelLink model={{ ...run.student, version: null }} strong />
          <span className={list.sub}>
            <Link href={`/runs/${run.id}`} className={list.inlineLink}>
              Open the run
            </Link>
          </span>
        </>
      )}
      meta={(run) => <RunBadges run={run} />}
    />
  );
}
