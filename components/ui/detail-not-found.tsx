import { FileQuestion } from "lucide-react";
import { BackLink } from "./back-link";
import { EmptyState } from "./empty-state";
import styles from "./detail-not-found.module.css";

interface DetailNotFoundProps {
  title: string;
  description: string;
  backHref: string;
  backLabel: string;
}

/** A detail page's 404 inside the dashboard: what was not found, and the way back to its list. */
export function DetailNotFound({ title, description, backHref, backLabel }: DetailNotFoundProps) {
  return (
    <div className={styles.notFound}>
      <EmptyState
        icon={<FileQuestion size={18} />}
        title={title}
        description={description}
        action={<BackLink href={backHref}>{backLabel}</BackLink>}
      />
    </div>
  );
}
