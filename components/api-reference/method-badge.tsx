import type { HttpMethod } from "@/lib/api/openapi/openapi.types";
import { type Tone, toneClass } from "@/components/ui/tone";
import styles from "./method-badge.module.css";

const METHOD_TONES: Record<HttpMethod, Tone> = {
  get: "blue",
  post: "green",
  put: "violet",
  patch: "amber",
  delete: "red",
};

/** GET, POST, ... in the colour readers know from other API references. */
export function MethodBadge({ method, size = "md" }: { method: HttpMethod; size?: "sm" | "md" }) {
  return (
    <span
      className={`${styles.badge} ${toneClass(METHOD_TONES[method])} ${size === "sm" ? styles.sm : ""}`}
      data-method={method}
    >
      {method.toUpperCase()}
    </span>
  );
}
