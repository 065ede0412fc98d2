import type { HttpMethod } from "@/lib/api/openapi/openapi.types";
import styles from "./method-badge.module.css";

/** GET, POST, ... in the colour readers know from other API references. */
export function MethodBadge({ method, size = "md" }: { method: HttpMethod; size?: "sm" | "md" }) {
  return (
    <span className={`${styles.badge} ${size === "sm" ? styles.sm : ""}`} data-method={method}>
      {method.toUpperCase()}
    </span>
  );
}
