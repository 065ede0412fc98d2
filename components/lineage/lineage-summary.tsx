import type { Lineage } from "@/lib/lineage/lineage.types";
import styles from "./lineage-summary.module.css";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "4 models · 1 dataset · 4 edges · 1 model never measured". */
export function LineageSummary({ lineage }: { lineage: Lineage }) {
  const models = lineage.nodes.filter((node) => node.type === "model");
  const unmeasured = models.filter((node) => !node.measured).length;
  const counts = [
    plural(models.length, "model", "models"),
    plural(lineage.nodes.length - models.length, "dataset", "datasets"),
    plural(lineage.edges.length, "edge", "edges"),
  ].join(" · ");
  return (
    <span data-testid="lineage-summary">
      {counts}
      {unmeasured > 0 && <span className={styles.warn}> · {plural(unmeasured, "model", "models")} never measured</span>}
    </span>
  );
}
