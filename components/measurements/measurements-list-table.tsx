import Link from "next/link";
import { DemoBadge } from "@/components/entities/demo-badge";
import { ModelLink } from "@/components/entities/model-link";
import { RateBar } from "@/components/entities/rate-bar";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { formatDateTime, formatDay } from "@/lib/format/format-date";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { intervalText } from "@/lib/measurements/interval-text";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import styles from "./measurements-list-table.module.css";

const dash = <span className={table.dash}>—</span>;
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

function value(m: MeasurementDto): string {
  return m.kind === "proportion" ? formatPercent(m.value) : String(m.value);
}

function IntervalCell({ m }: { m: MeasurementDto }) {
  if (!m.shown) return dash;
  return (
    <>
      <span className={styles.interval}>{intervalText(m.shown, m.kind === "proportion" ? "rate" : "score")}</span>
      <span className={styles.method}>{m.shown.method}</span>
    </>
  );
}

/** Where the figure comes from: a link when it is a web address, else the file or job named as text. */
function SourceCell({ source }: { source: string | null }) {
  if (!source) return dash;
  if (WEB_ADDRESS.test(source))
    return (
      <a href={source} className={styles.source} title={source} rel="noreferrer noopener" target="_blank">
        {source}
      </a>
    );
  return (
    <code className={styles.source} title={source}>
      {source}
    </code>
  );
}

const COLUMNS: DataColumn<MeasurementDto>[] = [
  {
    header: "Model",
    className: styles.model,
    cell: (m) => (
      <>
        <ModelLink model={{ ...m.model, version: null }} strong /> {m.isDemo && <DemoBadge />}
      </>
    ),
  },
  {
    header: "Trait",
    cell: (m) => (
      <Link href={`/traits/${m.trait.slug}`} className={styles.trait}>
        {m.trait.name}
      </Link>
    ),
  },
  { header: "Protocol", cell: (m) => <code className={styles.protocol}>{m.protocol}</code> },
  { header: "Rate", numeric: true, className: styles.rate, cell: value },
  {
    header: "Rate chart",
    hideHeader: true,
    cell: (m) =>
      m.kind === "proportion" ? (
        <RateBar
          value={m.value}
          low={m.shown && !m.shown.noInterval ? Math.max(0, m.shown.low) : null}
          high={m.shown && !m.shown.noInterval ? Math.min(1, m.shown.high) : null}
        />
      ) : null,
  },
  { header: "95% interval", className: table.nowrap, cell: (m) => <IntervalCell m={m} /> },
  { header: "n", numeric: true, cell: (m) => (m.sampleCount === null ? dash : formatInteger(m.sampleCount)) },
  { header: "Seed", numeric: true, cell: (m) => (m.seed === null ? dash : m.seed) },
  { header: "Source", cell: (m) => <SourceCell source={m.source} /> },
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

/** Measurements across models: the model and trait, the rate with its interval and how it was computed, and where it came from. */
export function MeasurementsListTable({ measurements }: { measurements: MeasurementDto[] }) {
  return <DataTable className={styles.table} testId="measurements-list" columns={COLUMNS} rows={measurements} />;
}
