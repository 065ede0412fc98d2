"use client";
import { ArrowUpRight, Boxes, Crosshair, Database, Plus, X } from "lucide-react";
import Link from "next/link";
import { Button, buttonClassName } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { formatInteger } from "@/lib/format/format-number";
import type { LineageNode } from "@/lib/lineage/lineage.types";
import type { ModelFamily } from "@/lib/lineage/model-families";
import palette from "./family-palette.module.css";
import styles from "./lineage-node-panel.module.css";

interface LineageNodePanelProps {
  node: LineageNode | null;
  family: ModelFamily | null;
  isFocus: boolean;
  expanded: boolean;
  expanding: boolean;
  /** The explorer centred on this model, with the current direction and depth. */
  focusHref: string | null;
  onExpand: () => void;
  onClose: () => void;
}

const where = (distance: number) =>
  distance === 0
    ? "level with the focus"
    : `${Math.abs(distance)} ${Math.abs(distance) === 1 ? "edge" : "edges"} ${distance < 0 ? "upstream" : "downstream"}`;

/** Details of the selected node and what to do with it: open it, expand it, centre the explorer on it. */
export function LineageNodePanel({
  node,
  family,
  isFocus,
  expanded,
  expanding,
  focusHref,
  onExpand,
  onClose,
}: LineageNodePanelProps) {
  if (!node) {
    return (
      <section className={styles.panel} aria-label="Selected node">
        <p className={styles.hint}>
          Select a model or dataset to see its details. Double-click a node, or use its{" "}
          <Plus size={11} aria-label="plus" /> button, to add its neighbours.
        </p>
      </section>
    );
  }
  const isModel = node.type === "model";
  const Icon = isModel ? Boxes : Database;
  return (
    <section className={styles.panel} aria-labelledby="lineage-panel-title" data-testid="lineage-panel">
      <div className={styles.head}>
        <span className={styles.kind} data-type={node.type}>
          <Icon size={13} aria-hidden="true" /> {isModel ? "Model" : "Dataset"}
        </span>
        <Button variant="ghost" size="sm" iconOnly aria-label="Close details" onClick={onClose}>
          <X size={14} />
        </Button>
      </div>
      <h3 className={styles.title} id="lineage-panel-title">
        {node.name}
      </h3>
      <dl className={styles.facts}>
        {isModel ? (
          <>
            <dt>Provider</dt>
            <dd>{node.provider ?? "not recorded"}</dd>
            <dt>Base family</dt>
            <dd>
              {family && (
                <span
                  className={`${palette.family} ${palette.swatch}`}
                  data-family={family.colour}
                  aria-hidden="true"
                />
              )}
              {family ? family.rootName : "none in view"}
            </dd>
            <dt>Traits</dt>
            <dd className={node.measured ? styles.measured : styles.unmeasured}>
              {node.measured ? "measured" : "never measured"}
            </dd>
          </>
        ) : (
          <>
            <dt>Records</dt>
            <dd>{node.recordCount === null ? "not counted" : formatInteger(node.recordCount)}</dd>
          </>
        )}
        <dt>Position</dt>
        <dd>{isFocus ? "the focus" : where(node.distance)}</dd>
      </dl>
      <div className={styles.actions}>
        {isModel ? (
          <Link href={`/models/${node.id}`} className={buttonClassName({ variant: "primary", size: "sm" })}>
            Open model page <ArrowUpRight size={13} aria-hidden="true" />
          </Link>
        ) : (
          <Link href={`/datasets/${node.id}`} className={buttonClassName({ variant: "primary", size: "sm" })}>
            Open dataset page <ArrowUpRight size={13} aria-hidden="true" />
          </Link>
        )}
        <Button size="sm" onClick={onExpand} disabled={expanded || expanding}>
          {expanding ? <Spinner size={12} /> : <Plus size={13} aria-hidden="true" />}
          {expanded ? "Neighbours shown" : "Expand"}
        </Button>
        {focusHref && !isFocus && (
          <Link href={focusHref} className={buttonClassName({ variant: "ghost", size: "sm" })}>
            <Crosshair size={13} aria-hidden="true" /> Centre here
          </Link>
        )}
      </div>
    </section>
  );
}
