import Link from "next/link";
import { ModelLink } from "@/components/entities/model-link";
import { Card } from "@/components/ui/card";
import { DefinitionItem } from "@/components/ui/definition-item";
import definition from "@/components/ui/definition-list.module.css";
import { formatInteger } from "@/lib/format/format-number";
import type { RunDetail } from "@/lib/runs/run.types";
import styles from "./run-detail-lineage.module.css";

const asRef = (model: { id: string; name: string }) => ({ ...model, version: null });

/** Who taught whom on what: the student, its base, the teachers and the datasets. */
export function RunDetailLineage({ run }: { run: RunDetail }) {
  return (
    <Card title="Student, teachers and data" flush id="run-lineage">
      <dl className={`${definition.list} ${styles.list}`}>
        <DefinitionItem term="Student">
          <ModelLink model={asRef(run.student)} strong />
        </DefinitionItem>
        <DefinitionItem term="Initialised from">
          {run.initializedFrom ? (
            <ModelLink model={asRef(run.initializedFrom)} strong />
          ) : (
            <span className={definition.missing}>Nothing recorded</span>
          )}
        </DefinitionItem>
        <DefinitionItem term="Teachers" wide>
          {run.teachers.length === 0 ? (
            <span className={definition.missing}>None recorded: no dataset of this run has a known generator</span>
          ) : (
            <ul className={styles.inline}>
              {run.teachers.map((teacher) => (
                <li key={teacher.id}>
                  <ModelLink model={asRef(teacher)} />
                </li>
              ))}
            </ul>
          )}
        </DefinitionItem>
        <DefinitionItem term="Datasets trained on" wide>
          <ul className={styles.datasets} data-testid="run-datasets">
            {run.datasets.map((dataset) => (
              <li key={dataset.id} className={styles.dataset}>
                <Link href={`/datasets/${dataset.id}`} className={styles.datasetLink}>
                  {dataset.name}
                </Link>
                <span className={styles.records}>{formatInteger(dataset.recordCount)} records</span>
              </li>
            ))}
          </ul>
        </DefinitionItem>
      </dl>
    </Card>
  );
}
