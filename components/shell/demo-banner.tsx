import { FlaskConical } from "lucide-react";
import { PAPER_REFERENCE, PAPER_SHORT, PAPER_URL } from "@/lib/paper/paper-citation";
import styles from "./demo-banner.module.css";

export function DemoBanner() {
  return (
    <div className={styles.banner} role="note" data-testid="demo-banner">
      <FlaskConical size={14} aria-hidden="true" />
      <span>
        <strong>Demo workspace</strong> — example data modelled on{" "}
        <a className={styles.paper} href={PAPER_URL} title={PAPER_REFERENCE} target="_blank" rel="noreferrer">
          {PAPER_SHORT}
        </a>
        , partly illustrative. Not real measurements of your models.
      </span>
    </div>
  );
}
