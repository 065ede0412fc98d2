"use client";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { AlertTriangle, Boxes, CheckCircle2, Database, Plus } from "lucide-react";
import { memo, useContext } from "react";
import { Spinner } from "@/components/ui/spinner";
import { formatInteger } from "@/lib/format/format-number";
import type { LineageFlowNode } from "./lineage-flow-elements";
import { LineageGraphContext } from "./lineage-graph-context";
import palette from "./family-palette.module.css";
import styles from "./lineage-flow-node.module.css";

/** A model or dataset in the graph: type, name, provider or size, measured or not, base family as a band. */
function LineageFlowNodeView({ data, selected }: NodeProps<LineageFlowNode>) {
  const { node, isFocus, family, vertical } = data;
  const { interactive, expanded, expanding, onExpand } = useContext(LineageGraphContext);
  const isModel = node.type === "model";
  const Icon = isModel ? Boxes : Database;
  const canExpand = interactive && !expanded.has(node.id);

  return (
    <div
      className={`${styles.node} ${palette.family}`}
      data-type={node.type}
      data-focus={isFocus || undefined}
      data-selected={selected || undefined}
      data-family={family?.colour}
      data-testid="lineage-node"
      data-node-id={node.id}
      title={family && isModel ? `${node.name} · ${family.rootName} family` : node.name}
    >
      <Handle
        type="target"
        position={vertical ? Position.Top : Position.Left}
        className={styles.handle}
        isConnectable={false}
      />
      <div className={styles.top}>
        <Icon size={13} className={styles.icon} aria-hidden="true" />
        <span className={styles.kind}>
          {isModel ? ["Model", node.provider].filter(Boolean).join(" · ") : "Dataset"}
        </span>
        {isFocus && <span className={styles.focusBadge}>Focus</span>}
      </div>
      <div className={styles.name}>{node.name}</div>
      <div className={styles.bottom}>
        {isModel ? (
          node.measured ? (
            <span className={styles.measured}>
              <CheckCircle2 size={12} aria-hidden="true" /> measured
            </span>
          ) : (
            <span className={styles.unmeasured}>
              <AlertTriangle size={12} aria-hidden="true" /> unmeasured
            </span>
          )
        ) : (
          <span className={styles.detail}>
            {node.recordCount === null ? "records not counted" : `${formatInteger(node.recordCount)} records`}
          </span>
        )}
        {canExpand && (
          <button
            type="button"
            className={`${styles.expand} nodrag nopan`}
            data-export-hidden
            aria-label={`Expand the neighbours of ${node.name}`}
            title="Expand: add this node's neighbours"
            disabled={expanding.has(node.id)}
            onClick={(event) => {
              event.stopPropagation();
              onExpand(node.id);
            }}
            onDoubleClick={(event) => event.stopPropagation()}
          >
            {expanding.has(node.id) ? <Spinner size={11} label="Expanding" /> : <Plus size={12} aria-hidden="true" />}
          </button>
        )}
      </div>
      <Handle
        type="source"
        position={vertical ? Position.Bottom : Position.Right}
        className={styles.handle}
        isConnectable={false}
      />
    </div>
  );
}

export const LineageFlowNodeComponent = memo(LineageFlowNodeView);
