import Link from "next/link";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import type { ImportSummary } from "@/lib/imports/import.types";
import { intervalText } from "@/lib/measurements/interval-text";
import type { MeasurementDto } from "@/lib/measurements/measurement.types";
import styles from "./import-preview.module.css";

const dash = <span className={table.dash}>—</span>;

function value(m: MeasurementDto): string {
  return m.kind === "proportion"
    ? formatPercent(m.value)
    : m.value.toLocaleString("en-US", { maximumFractionDigits: 4 });
}

function columns(stored: boolean, newTraits: ReadonlySet<string>): DataColumn<MeasurementDto>[] {
  return [
    {
      header: "Model",
      cell: (m) => (stored ? <Link href={`/models/${m.model.id}#measurements`}>{m.model.name}</Link> : m.model.name),
    },
    {
      header: "Trait and protocol",
      cell: (m) => (
        <>
          {stored ? <Link href={`/traits/${m.trait.slug}`}>{m.trait.name}</Link> : m.trait.name}
          {newTraits.has(m.trait.slug) && <span className={styles.badge}>new</span>}
          <code className={styles.protocol}>{m.protocol}</code>
        </>
      ),
    },
    { header: "Value", numeric: true, cell: value },
    {
      header: "95% interval",
      className: table.nowrap,
      cell: (m) => (m.shown ? intervalText(m.shown, m.kind === "proportion" ? "rate" : "score") : dash),
    },
    {
      header: "n",
      numeric: true,
      className: table.nowrap,
      cell: (m) =>
        m.sampleCount === null ? (
          dash
        ) : (
          <>
            {formatInteger(m.sampleCount)}
            {m.questionCount > 0 && <span className={styles.questions}> · {plural(m.questionCount, "question")}</span>}
          </>
        ),
    },
    { header: "Seed", numeric: true, cell: (m) => (m.seed === null ? dash : m.seed) },
  ];
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatInteger(count)} ${count === 1 ? one : many}`;
}

/** What a check would store, or what an import stored: counts, then one row a measurement. */
export function ImportPreview({
  measurements,
  summary,
  stored,
}: {
  measurements: MeasurementDto[];
  summary: ImportSummary;
  stored: boolean;
}) {
  const newTraits = new Set(summary.traits.filter((t) => t.created).map((t) => t.slug));
  return (
    <section className={styles.preview} aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 className={styles.title} id="import-preview-title">
        {stored ? "Imported" : "Check passed: nothing is stored yet"}
      </h2>
      <dl className={styles.counts}>
        <div>
          <dt>Measurements</dt>
          <dd data-testid="import-count-measurements">{formatInteger(summary.measurements)}</dd>
        </div>
        <div>
          {/* An import's answer does not say which traits it created; its check did. */}
          <dt>{stored ? "Traits" : "New traits"}</dt>
          <dd data-testid="import-count-traits">{formatInteger(stored ? summary.traits.length : newTraits.size)}</dd>
        </div>
        <div>
          <dt>Models measured</dt>
          <dd data-testid="import-count-models">{formatInteger(summary.models.length)}</dd>
        </div>
      </dl>
      <p className={styles.sentence}>
        {stored ? "Stored " : "Importing stores "}
        {plural(summary.measurements, "measurement")} of {plural(summary.traits.length, "trait")} on{" "}
        {plural(summary.models.length, "model")}
        {newTraits.size > 0 && (
          <>
            {stored ? ", and created " : ", and creates "}
            {plural(newTraits.size, "trait")} named for the first time
          </>
        )}
        . No model is created: each must be registered first.
      </p>
      <DataTable
        className={styles.table}
        testId="import-measurements"
        columns={columns(stored, newTraits)}
        rows={measurements}
        rowKey={(m) => m.id}
      />
    </section>
  );
}
