import type { ReactNode } from "react";
import { PageHeader } from "./page-header";
import styles from "./detail-header.module.css";

interface DetailHeaderProps {
  /** What the page shows, above the title: "Dataset", a model's provider. */
  kind: ReactNode;
  /** Beside the kind, after a slash: an external id (as code) or a plain fact such as a size. */
  identifier?: { text: ReactNode; title?: string; className?: string; plain?: boolean } | null;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** The row of badges under the title. */
  badges: ReactNode;
  badgesClassName?: string;
  badgesTestId?: string;
}

/** A detail page's header (model, dataset, run): kind / identifier, the title, and a row of badges. */
export function DetailHeader({
  kind,
  identifier,
  title,
  description,
  actions,
  badges,
  badgesClassName,
  badgesTestId,
}: DetailHeaderProps) {
  const Identifier = identifier?.plain ? "span" : "code";
  return (
    <PageHeader
      eyebrow={
        <>
          <span className={styles.kind}>{kind}</span>
          {identifier && (
            <Identifier
              className={identifier.className ? `${styles.identifier} ${identifier.className}` : styles.identifier}
              title={identifier.title}
            >
              {identifier.text}
            </Identifier>
          )}
        </>
      }
      title={title}
      description={description}
      actions={actions}
    >
      <div
        className={badgesClassName ? `${styles.badges} ${badgesClassName}` : styles.badges}
        data-testid={badgesTestId}
      >
        {badges}
      </div>
    </PageHeader>
  );
}
