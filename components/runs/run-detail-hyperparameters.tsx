import { Card } from "@/components/ui/card";
import table from "@/components/ui/data-table.module.css";
import list from "@/components/ui/item-list.module.css";
import { hyperparameterEntries } from "@/lib/runs/hyperparameter-rows";
import styles from "./run-detail-hyperparameters.module.css";

/** The training configuration as recorded; values that are not text are shown as JSON. */
export function RunDetailHyperparameters({ hyperparameters }: { hyperparameters: unknown }) {
  const entries = hyperparameterEntries(hyperparameters);
  return (
    <Card title="Hyperparameters" meta={entries.length} flush id="hyperparameters">
      {entries.length === 0 ? (
        <p className={list.empty}>No hyperparameters recorded.</p>
      ) : (
        <table className={`${table.table} ${styles.table}`} data-testid="hyperparameters-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.key}>
                <th scope="row" className={styles.key}>
                  {entry.key}
                </th>
                <td className={styles.value}>
                  <code>{entry.text}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
