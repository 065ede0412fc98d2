import { LoaderCircle } from "lucide-react";
import styles from "./button.module.css";

export function Spinner({ size = 14, label }: { size?: number; label?: string }) {
  return <LoaderCircle size={size} className={styles.spin} aria-label={label} aria-hidden={label ? undefined : true} />;
}
