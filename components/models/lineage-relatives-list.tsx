import { Boxes, Database } from "lucide-react";
import Link from "next/link";
import { ItemList } from "@/components/ui/item-list";
import list from "@/components/ui/item-list.module.css";
import type { Lineage, LineageNode } from "@/lib/lineage/lineage.types";
import styles from "./lineage-relatives-list.module.css";

const SHOWN = 25;

const hops = (distance: number) => `${Math.abs(distance)} ${Math.abs(distance) === 1 ? "edge" : "edges"}`;

function RelativeName({ node }: { node: LineageNode }) {
  const Icon = node.type === "model" ? Boxes : Database;
  const href = node.type === "model" ? `/models/${node.id}` : `/datasets/${node.id}`;
  return (
    <Link href={href} className={styles.name} data-type={node.type}>
      <Icon size={13} className={styles.icon} aria-hidden="true" />
      <span className={styles.text}>{node.name}</span>
    </Link>
  );
}

/** The models and datasets upstream (ancestors) or downstream (descendants) of a model, nearest first. */
export function LineageRelativesList({ lineage, empty }: { lineage: Lineage; empty: string }) {
  const relatives = lineage.nodes
    .filter((node) => node.id !== lineage.focus)
    .sort((a, b) => Math.abs(a.distance) - Math.abs(b.distance) || a.name.localeCompare(b.name));
  return (
    <ItemList
      items={relatives.slice(0, SHOWN)}
      empty={empty}
      main={(node) => <RelativeName node={node} />}
      meta={(node) => `${node.type === "model" ? "model" : "dataset"} · ${hops(node.distance)}`}
      footer={
        relatives.length > SHOWN && (
          <li className={list.item}>
            <Link
              href={`/lineage?model=${encodeURIComponent(lineage.focus)}&direction=both&depth=10`}
              className={list.inlineLink}
            >
              {relatives.length - SHOWN} more in the lineage explorer
            </Link>
          </li>
        )
      }
    />
  );
}
