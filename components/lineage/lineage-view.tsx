import { Boxes, Database } from "lucide-react";
import { Card } from "@/components/ui/card";
import type { Lineage } from "@/lib/lineage/lineage.types";
import { LineageColumns } from "./lineage-columns";
import { LineageEdgeList } from "./lineage-edge-list";
import styles from "./lineage-view.module.css";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The layered view of a model's lineage and, beneath it, its edges in words. */
export function LineageView({ lineage }: { lineage: Lineage }) {
  const focus = lineage.nodes.find((node) => node.id === lineage.focus);
  const models = lineage.nodes.filter((node) => node.type === "model");
  const unmeasured = models.filter((node) => !node.measured).length;
  const summary = [
    plural(models.length, "model", "models"),
    plural(lineage.nodes.length - models.length, "dataset", "datasets"),
    plural(lineage.edges.length, "edge", "edges"),
  ].join(" · ");

  return (
    <>
      <Card
        title={<>Lineage of {focus?.name ?? "this model"}</>}
        description={
          <>
            {summary}
            {unmeasured > 0 && <span className={styles.warn}> · {plural(unmeasured, "model", "models")} never measured</span>}
          </>
        }
        actions={
          <span className={styles.legend} aria-label="Legend">
            <span className={styles.legendItem} data-type="model"><Boxes size={12} aria-hidden="true" /> Model</span>
            <span className={styles.legendItem} data-type="dataset"><Database size={12} aria-hidden="true" /> Dataset</span>
          </span>
        }
        flush
        id="lineage-graph"
      >
        <LineageColumns lineage={lineage} />
      </Card>
      <Card title="Edges" meta={lineage.edges.length} description="In the order the data flowed. Hover a verb to see what it records." flush id="lineage-edges">
        <LineageEdgeList lineage={lineage} />
      </Card>
    </>
  );
}
