import type { OpenApiDocument } from "@/lib/api/openapi/openapi.types";
import type { ReferenceGroup } from "./group-operations";
import { OperationSection } from "./operation-section";
import styles from "./tag-section.module.css";

/** One area of the API, e.g. Runs: what it is about, then its operations. */
export function TagSection({ group, document }: { group: ReferenceGroup; document: OpenApiDocument }) {
  return (
    <section className={styles.section} aria-labelledby={`${group.anchor}-title`} id={group.anchor}>
      <div className={styles.heading}>
        <h2 className={styles.title} id={`${group.anchor}-title`}>
          {group.tag.name}
        </h2>
        <p className={styles.description}>{group.tag.description}</p>
      </div>
      {group.operations.map((entry) => (
        <OperationSection key={entry.anchor} entry={entry} document={document} />
      ))}
    </section>
  );
}
