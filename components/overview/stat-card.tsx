import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { formatInteger } from "@/lib/format/format-number";
import styles from "./stat-card.module.css";

interface StatCardProps {
  label: string;
  value: number;
  href: string;
  icon: LucideIcon;
  hint: string;
}

export function StatCard({ label, value, href, icon: Icon, hint }: StatCardProps) {
  return (
    <Link href={href} className={styles.card} data-testid={`stat-${label.toLowerCase()}`}>
      <div className={styles.top}>
        <span className={styles.label}>{label}</span>
        <Icon size={15} className={styles.icon} aria-hidden="true" />
      </div>
      <div className={styles.value}>{formatInteger(value)}</div>
      <div className={styles.hint}>{hint}</div>
    </Link>
  );
}
