import Link from "next/link";
import { ModelLink } from "@/components/entities/model-link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { formatByteSize } from "@/components/ui/format-byte-size";
import type { DatasetSummary } from "@/lib/datasets/dataset.types";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { ShortHash } from "./short-hash";
import nameLink from "./dataset-name-link.module.css";
import styles from "./datasets-table.module.css";

const dash = <span className={table.dash}>—</span>;

export function DatasetsTable({ datasets }: { datasets: DatasetSummary[] }) {
  return (
    <DataTable
      className={styles.table}
      testId="datasets-table"
      head={
        <>
          <th scope="col">Name</th>
          <th scope="col">Teacher</th>
          <th scope="col" className={table.num}>
            Records
          </th>
          <th scope="col" className={table.num}>
            Size
          </th>
          <th scope="col">Format</th>
          <th scope="col">Filtered from</th>
          <th scope="col">Trained students</th>
          <th scope="col">SHA-256</th>
        </>
      }
    >
      {datasets.map((dataset) => (
        <tr key={dataset.id}>
          <td className={styles.nameCell}>
            <Link href={`/datasets/${dataset.id}`} className={nameLink.link}>
              {dataset.name}
            </Link>
            {dataset.tags.length > 0 && <span className={styles.tags}>{dataset.tags.join(" · ")}</span>}
          </td>
          <td className={styles.linkCell}>
            {dataset.teacher ? <ModelLink model={{ ...dataset.teacher, version: null }} /> : dash}
          </td>
          <td className={table.num}>{formatInteger(dataset.recordCount)}</td>
          <td className={`${table.num} muted`} title={`${formatInteger(dataset.byteSize)} bytes`}>
            {formatByteSize(dataset.byteSize)}
          </td>
          <td>
            <Badge variant="chip">{dataset.format.toUpperCase()}</Badge>
          </td>
          <td className={styles.linkCell}>
            {dataset.filteredFrom ? (
              <>
                <span className={styles.source}>{dataset.filteredFrom.name}</span>
                {dataset.passRate !== null && (
                  <span className={styles.passRate} title="Share of the source dataset's records that the filter kept">
                    <strong>{formatPercent(dataset.passRate, 0)}</strong> kept of{" "}
                    {formatInteger(dataset.filteredFrom.recordCount)}
                  </span>
                )}
              </>
            ) : (
              dash
            )}
          </td>
          <td className={styles.linkCell}>
            {dataset.trainedStudents.length === 0 ? (
              <span className={table.dash}>None yet</span>
            ) : (
              <ul className={styles.students}>
                {dataset.trainedStudents.map((student) => (
                  <li key={student.id}>
                    <ModelLink model={{ ...student, version: null }} />
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td>
            <ShortHash value={dataset.sha256} label={`Copy SHA-256 of ${dataset.name}`} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
