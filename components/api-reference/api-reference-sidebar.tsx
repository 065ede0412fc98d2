import type { ReferenceGroup } from "./group-operations";
import { MethodBadge } from "./method-badge";
import styles from "./api-reference-sidebar.module.css";

/** The endpoints by area, linking to their sections on the page. */
export function ApiReferenceSidebar({ groups }: { groups: ReferenceGroup[] }) {
  return (
    <nav className={styles.sidebar} aria-label="Endpoints">
      {groups.map((group) => (
        <div key={group.tag.name} className={styles.group}>
          <a href={`#${group.anchor}`} className={styles.groupTitle}>
            {group.tag.name}
          </a>
          <ul className={styles.list}>
            {group.operations.map((entry) => (
              <li key={entry.anchor}>
                <a
                  href={`#${entry.anchor}`}
                  className={styles.link}
                  title={`${entry.method.toUpperCase()} ${entry.path}`}
                >
                  <MethodBadge method={entry.method} size="sm" />
                  <span className={styles.summary}>{entry.operation.summary}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
