import { ArrowRight } from "lucide-react";
import { Fragment } from "react";
import type { Lineage, LineageNode } from "@/lib/lineage/lineage.types";
import { distanceLabel } from "./lineage-words";
import { LineageNodeCard } from "./lineage-node-card";
import styles from "./lineage-columns.module.css";

const byTypeThenName = (a: LineageNode, b: LineageNode) =>
  (a.type === b.type ? 0 : a.type === "model" ? -1 : 1) || a.name.localeCompare(b.name);

/** Nodes in columns by distance from the focus: ancestors left, descendants right; data flows left to right. */
export function LineageColumns({ lineage }: { lineage: Lineage }) {
  const byDistance = new Map<number, LineageNode[]>();
  for (const node of lineage.nodes) byDistance.set(node.distance, [...(byDistance.get(node.distance) ?? []), node]);
  // Models before datasets within a column, then by name.
  const columns = [...byDistance.entries()]
    .sort(([a], [b]) => a - b)
    .map(([distance, nodes]) => ({ distance, nodes: nodes.sort(byTypeThenName) }));

  return (
    <div className={styles.scroller}>
      <ol className={styles.columns} aria-label="Lineage by distance from the focus">
        {columns.map(({ distance, nodes }, index) => {
          const label = distanceLabel(distance);
          return (
            <Fragment key={distance}>
              {index > 0 && (
                <li className={styles.flow} aria-hidden="true">
                  <ArrowRight size={15} />
                </li>
              )}
              <li className={styles.column} data-focus={distance === 0 || undefined} data-testid={`lineage-column-${distance}`}>
                <div className={styles.heading}>
                  <span className={styles.title}>{label.title}</span>
                  <span className={styles.detail}>{label.detail}</span>
                </div>
                <ul className={styles.nodes}>
                  {nodes.map((node) => <LineageNodeCard key={node.id} node={node} isFocus={node.id === lineage.focus} />)}
                </ul>
              </li>
            </Fragment>
          );
        })}
      </ol>
    </div>
  );
}
