import { Ruler } from "lucide-react";
import Link from "next/link";
import { RateBar } from "@/components/entities/rate-bar";
import table from "@/components/ui/data-table.module.css";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatDay } from "@/lib/format/format-date";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { intervalText } from "@/lib/measurements/interval-text";
import type { ModelDetail } from "@/lib/models/get-model";
import styles from "./measurements-table.module.css";

type Measurement = ModelDetail["latestMeasurements"][number];

export function MeasurementsTable({ measurements }: { measurements: Measurement[] }) {
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
    <div className={table.scroller}>
      <table className={`${table.table} ${styles.table}`} data-testid="measurements-table">
        <thead>
          <tr>
            <th scope="col">Trait</th>
            <th scope="col">Protocol</th>
            <th scope="col" className={table.num}>
              Rate
            </th>
            <th scope="col">
              <span className="visually-hidden">Rate chart</span>
            </th>
            <th scope="col">95% interval</th>
            <th scope="col" className={table.num}>
              n
            </th>
            <th scope="col" className={table.num}>
              Seed
            </th>
            <th scope="col" className={table.num}>
              Measured
            </th>
          </tr>
        </thead>
        <tbody>
          {measurements.map((m) => {
            const scale = m.kind === "proportion" ? "rate" : "score";
            const interval =
              m.ciLow === null || m.ciHigh === null
                ? null
                : intervalText({ low: m.ciLow, high: m.ciHigh, noInterval: m.ciNote ?? undefined }, scale);
            return (
              <tr key={m.id}>
                <td>
                  <Link href={`/traits/${m.trait.slug}`} className={styles.trait}>
                    {m.trait.name}
                  </Link>
                </td>
                <td>
                  <code className={styles.protocol}>{m.protocol}</code>
                </td>
                <td className={`${table.num} ${styles.rate}`}>{formatPercent(m.value)}</td>
                <td>
                  <RateBar
                    value={m.value}
                    low={m.ciNote || m.ciLow === null ? null : Math.max(0, m.ciLow)}
                    high={m.ciNote || m.ciHigh === null ? null : Math.min(1, m.ciHigh)}
                  />
                </td>
                <td className={table.nowrap}>
                  {interval ? (
                    <>
                      <span className={styles.interval}>{interval}</span>
                      {m.ciMethod && <span className={styles.method}>{m.ciMethod}</span>}
                    </>
                  ) : (
                    <span className={table.dash}>—</span>
                  )}
                </td>
                <td className={table.num}>
                  {m.sampleCount === null ? <span className={table.dash}>—</span> : formatInteger(m.sampleCount)}
                </td>
                <td className={table.num}>{m.seed === null ? <span className={table.dash}>—</span> : m.seed}</td>
                <td className={`${table.num} muted`}>
                  <time dateTime={m.measuredAt} title={formatDateTime(m.measuredAt)}>
                    {formatDay(m.measuredAt)}
                  </time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
