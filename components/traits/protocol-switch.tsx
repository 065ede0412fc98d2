import Link from "next/link";
import styles from "./protocol-switch.module.css";

/**
 * The protocols a trait was measured under, one at a time: measurements under different protocols
 * are not comparable, so the chart never mixes them. A link per protocol keeps the view shareable.
 */
export function ProtocolSwitch({
  slug,
  protocols,
  current,
}: {
  slug: string;
  protocols: readonly string[];
  current: string;
}) {
  return (
    <nav className={styles.switch} aria-label="Evaluation protocol">
      <span className={styles.label}>Protocol</span>
      <ul className={styles.list}>
        {protocols.map((protocol, i) => (
          <li key={protocol}>
            <Link
              href={i === 0 ? `/traits/${slug}` : `/traits/${slug}?protocol=${encodeURIComponent(protocol)}`}
              className={styles.option}
              aria-current={protocol === current ? "page" : undefined}
              scroll={false}
            >
              {protocol}
            </Link>
          </li>
        ))}
      </ul>
      <span className={styles.hint}>
        Measurements under different protocols are shown apart, never averaged together.
      </span>
    </nav>
  );
}
