import Link from "next/link";
import { ModelLink } from "@/components/entities/model-link";
import { RunMethodBadge } from "@/components/entities/run-method-badge";
import { RunStatusBadge } from "@/components/entities/run-status-badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { formatDateTime } from "@/lib/format/format-date";
import { formatInteger } from "@/lib/format/format-number";
import type { RunSummary } from "@/lib/runs/run.types";
import { formatDuration } from "./format-duration";
import runLink from "./run-detail-link.module.css";
import styles from "./runs-table.module.css";

const dash = <span className={table.dash}>—</span>;
const asRef = (model: { id: string; name: string }) => ({ ...model, version: null });

function RunTiming({ run }: { run: RunSummary }) {
  if (!run.startedAt) return <span className={table.dash}>Not started</span>;
  const duration = run.finishedAt ? formatDuration(run.startedAt, run.finishedAt) : null;
  return (
    <>
      <time dateTime={run.startedAt}>{formatDateTime(run.startedAt)}</time>
      <span className={styles.sub}>
        {run.finishedAt ? (
          <time dateTime={run.finishedAt} title={`Finished ${formatDateTime(run.finishedAt)}`}>
            {duration ? `finished after ${duration}` : `finished ${formatDateTime(run.finishedAt)}`}
          </time>
        ) : (
          "not finished"
        )}
      </span>
    </>
  );
}

function ModelStack({ models }: { models: { id: string; name: string }[] }) {
  if (models.length === 0) return dash;
  return (
    <ul className={styles.stack}>
      {models.map((model) => (
        <li key={model.id}>
          <ModelLink model={asRef(model)} />
        </li>
      ))}
    </ul>
  );
}

const COLUMNS: DataColumn<RunSummary>[] = [
  {
    header: (
      <>
        Student <span className={styles.headHint}>/ external job id</span>
      </>
    ),
    className: styles.wide,
    cell: (run) => (
      <>
        <ModelLink model={asRef(run.student)} strong />
        <Link
          href={`/runs/${run.id}`}
          className={run.externalJobId ? runLink.link : `${runLink.link} ${runLink.plain}`}
          title="Open this run"
        >
          {run.externalJobId ?? "Open run"}
        </Link>
      </>
    ),
  },
  {
    header: "Initialised from",
    className: styles.narrow,
    cell: (run) => (run.initializedFrom ? <ModelLink model={asRef(run.initializedFrom)} /> : dash),
  },
  { header: "Teachers", className: styles.narrow, cell: (run) => <ModelStack models={run.teachers} /> },
  {
    header: "Datasets",
    className: styles.narrow,
    cell: (run) =>
      run.datasets.length === 0 ? (
        dash
      ) : (
        <ul className={styles.stack}>
          {run.datasets.map((dataset) => (
            <li key={dataset.id}>
              {dataset.name}
              <span className={styles.sub}>{formatInteger(dataset.recordCount)} records</span>
            </li>
          ))}
        </ul>
      ),
  },
  { header: "Method", cell: (run) => <RunMethodBadge method={run.method} /> },
  { header: "Status", cell: (run) => <RunStatusBadge status={run.status} /> },
  { header: "Seed", numeric: true, cell: (run) => run.seed ?? dash },
  { header: "Started", className: table.nowrap, cell: (run) => <RunTiming run={run} /> },
];

export function RunsTable({ runs }: { runs: RunSummary[] }) {
  return <DataTable className={styles.table} testId="runs-table" columns={COLUMNS} rows={runs} />;
}
