import { Boxes, Database } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { LineageNode } from "@/lib/lineage/lineage.types";
import { formatInteger } from "@/lib/ui/format-number";
import styles from "./lineage-node-card.module.css";

/** One model or dataset in the layered view; models link to their page. */
export function LineageNodeCard({ node, isFocus }: { node: LineageNode; isFocus: boolean }) {
  const isModel = node.type === "model";
  const Icon = isModel ? Boxes : Database;
  return (
    <li className={styles.card} data-type={node.type} data-focus={isFocus || undefined} data-testid="lineage-node">
      <div className={styles.top}>
        <span className={styles.icon} aria-hidden="true"><Icon size={14} /></span>
        <span className={styles.kind}>{isModel ? "Model" : "Dataset"}</span>
        {isFocus && <Badge tone="accent">focus</Badge>}
      </div>
      {isModel ? (
        <Link href={`/models/${node.id}`} className={styles.name}>{node.name}</Link>
      ) : (
        <span className={styles.name}>{node.name}</span>
      )}
      <div className={styles.meta}>
        {isModel ? (
          <>
            <span className={styles.detail}>{node.provider ?? "provider not recorded"}</span>
            {node.measured ? (
              <Badge tone="green" variant="dot" title="At least one trait has been measured on this model">measured</Badge>
            ) : (
              <Badge tone="amber" variant="dot" title="No trait has been measured on this model">unmeasured</Badge>
            )}
          </>
        ) : (
          <span className={styles.detail}>{node.recordCount === null ? "records not counted" : `${formatInteger(node.recordCount)} records`}</span>
        )}
      </div>
    </li>
  );
}
