import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { AuditActorDto } from "@/lib/audit/audit.types";
import { AuditFilterButton } from "./audit-filter-button";
import styles from "./audit-table.module.css";

interface AuditActorProps {
  actor: AuditActorDto;
  /** Narrows the log to this actor's events; absent while it already is. */
  onFilter?: () => void;
}

/** Who acted: the user's name and email, the API token they used, the server itself, or a user since deleted. */
export function AuditActor({ actor, onFilter }: AuditActorProps) {
  if (actor.kind === "system") {
    return (
      <div className={styles.actorBox}>
        <span className={styles.system}>system</span>
        {onFilter && <AuditFilterButton label="Only the system's events" onClick={onFilter} />}
      </div>
    );
  }
  return (
    <div className={styles.actorBox}>
      <span className={styles.actorText}>
        <span className={styles.actorLine}>
          <span className={styles.actor}>{actor.name}</span>
          {actor.deleted && (
            <Badge tone="red" title="This user no longer exists; the name is the one the event recorded">
              deleted
            </Badge>
          )}
        </span>
        {actor.email && actor.email !== actor.name && <span className={styles.sub}>{actor.email}</span>}
        {actor.tokenName !== null && (
          <span className={styles.token}>
            <Badge
              tone="teal"
              icon={<KeyRound size={11} aria-hidden="true" />}
              title="Made with an API token, not a signed-in session"
            >
              via token
            </Badge>
            <span className={styles.tokenName}>{actor.tokenName}</span>
          </span>
        )}
      </span>
      {onFilter && <AuditFilterButton label={`Only events by ${actor.name}`} onClick={onFilter} />}
    </div>
  );
}
