import Link from "next/link";
import { ModelLink } from "@/components/entities/model-link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { formatByteSize } from "@/components/ui/format-byte-size";
import type { DatasetSummary } from "@/lib/datasets/dataset.types";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { ShortHash } from "./short-hash";
import nameLink from "./dataset-name-link.module.css";
import styles from "./datasets-table.module.css";

const dash = <span className={table.dash}>—</span>;

const COLUMNS: DataColumn<DatasetSummary>[] = [
  {
    header: "Name",
    className: styles.nameCell,
    cell: (dataset) => (
      <>
        <Link href={`/datasets/${dataset.id}`} className={nameLink.link}>
          {dataset.name}
        </Link>
        {dataset.tags.length > 0 && <span className={styles.tags}>{dataset.tags.join(" · ")}</span>}
      </>
    ),
  },
  {
    header: "Teacher",
    className: styles.linkCell,
    cell: (dataset) => (dataset.teacher ? <ModelLink model={{ ...dataset.teacher, version: null }} /> : dash),
  },
  { header: "Records", numeric: true, cell: (dataset) => formatInteger(dataset.recordCount) },
  {
    header: "Size",
    numeric: true,
    className: "muted",
    cellProps: (dataset) => ({ title: `${formatInteger(dataset.byteSize)} bytes` }),
    cell: (dataset) => formatByteSize(dataset.byteSize),
  },
  { header: "Format", cell: (dataset) => <Badge variant="chip">{dataset.format.toUpperCase()}</Badge> },
  { header: "Filtered from", className: styles.linkCell, cell: (dataset) => <FilteredFrom dataset={dataset} /> },
  {
    header: "Trained students",
    className: styles.linkCell,
    cell: (dataset) =>
      dataset.trainedStudents.length === 0 ? (
        <span className={table.dash}>None yet</span>
      ) : (
        <ul className={styles.students}>
          {dataset.trainedStudents.map((student) => (
            <li key={student.id}>
              <ModelLink model={{ ...student, version: null }} />
            </li>
          ))}
        </ul>
      ),
  },
  {
    header: "SHA-256",
    cell: (dataset) => <ShortHash value={dataset.sha256} label={`Copy SHA-256 of ${dataset.name}`} />,
  },
];

function FilteredFrom({ dataset }: { dataset: DatasetSummary }) {
  if (!dataset.filteredFrom) return dash;
  return (
    <>
      <span className={styles.source}>{dataset.filteredFrom.name}</span>
      {dataset.passRate !== null && (
        <span className={styles.passRate} title="Share of the source dataset's records that the filter kept">
          <strong>{formatPercent(dataset.passRate, 0)}</strong> kept of{" "}
          {formatInteger(dataset.filteredFrom.recordCount)}
        </span>
      )}
    </>
  );
}

export function DatasetsTable({ datasets }: { datasets: DatasetSummary[] }) {
  return <DataTable className={styles.table} testId="datasets-table" columns={COLUMNS} rows={datasets} />;
}
