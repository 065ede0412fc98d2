import { Ruler } from "lucide-react";
import Link from "next/link";
import { RateBar } from "@/components/entities/rate-bar";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatDay } from "@/lib/format/format-date";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { intervalText } from "@/lib/measurements/interval-text";
import type { ModelDetail } from "@/lib/models/get-model";
import styles from "./measurements-table.module.css";

type Measurement = ModelDetail["latestMeasurements"][number];

const dash = <span className={table.dash}>—</span>;

function interval(m: Measurement): string | null {
  if (m.ciLow === null || m.ciHigh === null) return null;
  const scale = m.kind === "proportion" ? "rate" : "score";
  return intervalText({ low: m.ciLow, high: m.ciHigh, noInterval: m.ciNote ?? undefined }, scale);
}

function IntervalCell({ m }: { m: Measurement }) {
  const text = interval(m);
  if (!text) return dash;
  return (
    <>
      <span className={styles.interval}>{text}</span>
      {m.ciMethod && <span className={styles.method}>{m.ciMethod}</span>}
    </>
  );
}

const COLUMNS: DataColumn<Measurement>[] = [
  {
    header: "Trait",
    cell: (m) => (
      <Link href={`/traits/${m.trait.slug}`} className={styles.trait}>
        {m.trait.name}
      </Link>
    ),
  },
  { header: "Protocol", cell: (m) => <code className={styles.protocol}>{m.protocol}</code> },
  { header: "Rate", numeric: true, className: styles.rate, cell: (m) => formatPercent(m.value) },
  {
    header: "Rate chart",
    hideHeader: true,
    cell: (m) => (
      <RateBar
        value={m.value}
        low={m.ciNote || m.ciLow === null ? null : Math.max(0, m.ciLow)}
        high={m.ciNote || m.ciHigh === null ? null : Math.min(1, m.ciHigh)}
      />
    ),
  },
  { header: "95% interval", className: table.nowrap, cell: (m) => <IntervalCell m={m} /> },
  { header: "n", numeric: true, cell: (m) => (m.sampleCount === null ? dash : formatInteger(m.sampleCount)) },
  { header: "Seed", numeric: true, cell: (m) => (m.seed === null ? dash : m.seed) },
  {
    header: "Measured",
    numeric: true,
    className: "muted",
    cell: (m) => (
      <time dateTime={m.measuredAt} title={formatDateTime(m.measuredAt)}>
        {formatDay(m.measuredAt)}
      </time>
    ),
  },
];

/** `highlightId`: the measurement just recorded (the record form lands here), marked among the rest. */
export function MeasurementsTable({
  measurements,
  highlightId,
}: {
  measurements: Measurement[];
  highlightId?: string;
}) {
  if (measurements.length === 0) {
    return (
      <EmptyState
        compact
        icon={<Ruler size={18} />}
        title="No measurements yet"
        description="Nothing shows whether this model picked up a trait from the data it was trained on. Measure it before relying on it."
      />
    );
  }
  return (
    <DataTable
      className={styles.table}
      testId="measurements-table"
      columns={COLUMNS}
      rows={measurements}
      rowProps={(m) =>
        m.id === highlightId ? { className: styles.highlighted, "data-highlighted": true, "aria-current": "true" } : {}
      }
    />
  );
}
