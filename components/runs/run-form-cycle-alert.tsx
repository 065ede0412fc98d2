import { ArrowRight, Boxes, Database, Repeat } from "lucide-react";
import type { CycleStep } from "./register-run-request";
import styles from "./run-form-cycle-alert.module.css";

/** A 409: the links this run would add close a loop in the lineage; the path shows where. */
export function RunFormCycleAlert({ cycle }: { cycle: CycleStep[] }) {
  return (
    <div className={styles.alert} role="alert" tabIndex={-1} data-testid="cycle-alert">
      <Repeat size={16} className={styles.icon} aria-hidden="true" />
      <div className={styles.body}>
        <p className={styles.title}>This run would make a model its own ancestor</p>
        <ol className={styles.path} aria-label="The cycle">
          {cycle.map((step, index) => (
            <li key={`${step.id}-${index}`} className={styles.step}>
              {index > 0 && <ArrowRight size={13} className={styles.arrow} aria-hidden="true" />}
              <span className={styles.node} data-type={step.type}>
                {step.type === "dataset" ? (
                  <Database size={12} aria-hidden="true" />
                ) : (
                  <Boxes size={12} aria-hidden="true" />
                )}
                {step.name}
              </span>
            </li>
          ))}
        </ol>
        <p className={styles.hint}>
          Nothing was registered. Check the student, the model it was initialised from and the datasets: a model cannot
          be trained on data that descends from it.
        </p>
      </div>
    </div>
  );
}
