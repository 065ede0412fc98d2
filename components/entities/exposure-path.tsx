import Link from "next/link";
import { exposurePathSegments, type PathNode } from "@/lib/measurements/exposure-words";
import styles from "./exposure-path.module.css";

function NodeLink({ node, currentId }: { node: PathNode; currentId?: string }) {
  if (node.id === currentId) return <strong className={styles.current}>{node.name}</strong>;
  const href = node.type === "model" ? `/models/${node.id}` : `/datasets/${node.id}`;
  return (
    <Link href={href} className={node.type === "model" ? styles.model : styles.dataset}>
      {node.name}
    </Link>
  );
}

/** How a trait reached a model, in words: "X generated D, which trained Y." with each model and dataset a link. */
export function ExposurePath({ path, currentId }: { path: readonly PathNode[]; currentId?: string }) {
  return (
    <p className={styles.path} data-testid="exposure-path">
      {exposurePathSegments(path).map((segment, i) =>
        segment.kind === "text" ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <NodeLink key={i} node={segment.node} currentId={currentId} />
        ),
      )}
    </p>
  );
}
