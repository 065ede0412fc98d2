import { AlertTriangle, Boxes, CheckCircle2, Database } from "lucide-react";
import { LINEAGE_EDGE_KINDS } from "@/lib/lineage/lineage.types";
import type { ModelFamily } from "@/lib/lineage/model-families";
import palette from "./family-palette.module.css";
import edgeStyles from "./lineage-flow-edge.module.css";
import { EDGE_DESCRIPTIONS, EDGE_LEGEND } from "./lineage-words";
import styles from "./lineage-legend.module.css";

const NODE_TYPES = [
  { type: "model", Icon: Boxes, label: "Model" },
  { type: "dataset", Icon: Database, label: "Dataset" },
] as const;

/** What the shapes, colours and lines of the graph mean; families are those in view. */
export function LineageLegend({ families, compact = false }: { families: readonly ModelFamily[]; compact?: boolean }) {
  return (
    <div
      className={styles.legend}
      data-compact={compact || undefined}
      aria-label="Legend"
      role="group"
      data-testid="lineage-legend"
    >
      <div className={styles.group}>
        <h3 className={styles.heading}>Nodes</h3>
        <ul className={styles.items}>
          {NODE_TYPES.map(({ type, Icon, label }) => (
            <li key={type}>
              <span className={styles.node} data-type={type}>
                <Icon size={11} aria-hidden="true" />
              </span>{" "}
              {label}
            </li>
          ))}
          <li>
            <CheckCircle2 size={12} className={styles.measured} aria-hidden="true" /> Trait measured
          </li>
          <li>
            <AlertTriangle size={12} className={styles.unmeasured} aria-hidden="true" /> Never measured
          </li>
        </ul>
      </div>
      <div className={styles.group}>
        <h3 className={styles.heading}>Base families</h3>
        <ul className={styles.items}>
          {families.map((family) => (
            <li key={family.rootId} title={`Models initialised, directly or not, from ${family.rootName}`}>
              <span className={`${palette.family} ${palette.swatch}`} data-family={family.colour} aria-hidden="true" />
              <span className={styles.familyName}>{family.rootName}</span>
            </li>
          ))}
          {families.length === 0 && <li className={styles.none}>No model in view</li>}
        </ul>
      </div>
      <div className={styles.group}>
        <h3 className={styles.heading}>Edges</h3>
        <ul className={styles.items}>
          {LINEAGE_EDGE_KINDS.map((kind) => (
            <li key={kind} title={EDGE_DESCRIPTIONS[kind]}>
              <svg width="28" height="10" aria-hidden="true" className={edgeStyles.edge} data-kind={kind}>
                <path className={edgeStyles.line} d="M 1 5 L 21 5" />
                <path className={edgeStyles.arrow} d="M 20 1 L 27 5 L 20 9 Z" />
              </svg>
              {EDGE_LEGEND[kind]}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
