import { Boxes, Database } from "lucide-react";
import Link from "next/link";
import { type Tone, toneClass } from "@/components/ui/tone";
import type { Lineage, LineageEdgeKind, LineageNode } from "@/lib/lineage/lineage.types";
import { orderLineageEdges } from "@/lib/lineage/order-lineage-edges";
import { EDGE_DESCRIPTIONS, EDGE_VERBS } from "./lineage-words";
import styles from "./lineage-edge-list.module.css";

const EDGE_TONES: Record<LineageEdgeKind, Tone> = {
  initialized_from: "blue",
  generated: "amber",
  trained_on: "pink",
  taught: "violet",
  filtered_from: "teal",
};

function NodeName({ node, isFocus }: { node: LineageNode; isFocus: boolean }) {
  const Icon = node.type === "model" ? Boxes : Database;
  const content = (
    <>
      <Icon size={13} className={styles.icon} aria-hidden="true" />
      {node.name}
    </>
  );
  const className = `${styles.node} ${isFocus ? styles.focus : ""}`;
  return node.type === "model" ? (
    <Link href={`/models/${node.id}`} className={className} data-type="model">
      {content}
    </Link>
  ) : (
    <span className={className} data-type="dataset">
      {content}
    </span>
  );
}

/** Every edge as a sentence, in lineage order (ancestors first, then by name): "<source> <verb> <target>". */
export function LineageEdgeList({ lineage }: { lineage: Lineage }) {
  const edges = orderLineageEdges(lineage);

  if (edges.length === 0) return <p className={styles.empty}>No recorded edges in the chosen direction and depth.</p>;
  return (
    <ol className={styles.list} data-testid="lineage-edges">
      {edges.map(({ edge, source, target }) => (
        <li key={`${edge.source}-${edge.kind}-${edge.target}`} className={styles.edge}>
          <NodeName node={source} isFocus={edge.source === lineage.focus} />
          <span
            className={`${styles.verb} ${toneClass(EDGE_TONES[edge.kind])}`}
            data-kind={edge.kind}
            title={EDGE_DESCRIPTIONS[edge.kind]}
          >
            {EDGE_VERBS[edge.kind]}
          </span>
          <NodeName node={target} isFocus={edge.target === lineage.focus} />
        </li>
      ))}
    </ol>
  );
}
