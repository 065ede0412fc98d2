"use client";
import { useEffect, useState } from "react";
import type { ReportFormatLabel } from "@/lib/reports/report-format-labels";
import styles from "./report-progress.module.css";

/** What the server is doing while a report is generated, in the words of its format. */
function generatingText(format: ReportFormatLabel): string {
  if (format.name === "pdf")
    return "Gathering the provenance and drawing the PDF's pages (lineage figure, charts, tables) on a background thread";
  return `Gathering the provenance and writing the ${format.label}`;
}

/**
 * The line under an export in progress: what is being made, and for how long so far; a report of a
 * lineage of hundreds of models takes seconds. Announced once to screen readers, not every second.
 */
export function ReportProgress({ format }: { format: ReportFormatLabel }) {
  const [started] = useState(() => Date.now());
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [started]);
  return (
    <p className={styles.progress}>
      <span role="status">{generatingText(format)}…</span>
      {seconds > 0 && (
        <span className={styles.elapsed} aria-hidden="true">
          {seconds} s
        </span>
      )}
    </p>
  );
}
