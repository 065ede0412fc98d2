import { Download } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import type { AuditListFilters } from "@/lib/audit/audit-keys";
import styles from "./audit-explorer.module.css";

/** The export endpoint's address for `filters` in `format`: every matching event, not only those loaded. */
function exportHref(filters: AuditListFilters, format: "csv" | "json"): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters) as [string, string][]) if (value) params.set(key, value);
  return `/api/v1/audit-events/export?${params}`;
}

/**
 * Downloads of the filtered log. Plain links: the browser streams the file straight to disk (the session
 * cookie authenticates them), however many events match.
 */
export function AuditExportLinks({ filters }: { filters: AuditListFilters }) {
  return (
    <div className={styles.exports}>
      {(["csv", "json"] as const).map((format) => (
        <a
          key={format}
          href={exportHref(filters, format)}
          download
          className={buttonClassName({ size: "sm" })}
          title={`Every event that matches the filters, as ${format.toUpperCase()}`}
        >
          <Download size={14} aria-hidden="true" />
          Export {format.toUpperCase()}
        </a>
      ))}
    </div>
  );
}
