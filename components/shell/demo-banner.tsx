import { FlaskConical } from "lucide-react";
import styles from "./demo-banner.module.css";

export function DemoBanner() {
  return (
    <div className={styles.banner} role="note" data-testid="demo-banner">
      <FlaskConical size={14} aria-hidden="true" />
      <span>
        <strong>Demo workspace</strong> — example data modelled on Cloud et al., “Subliminal learning” (2025). Not real
        measurements of your models.
      </span>
    </div>
  );
}
