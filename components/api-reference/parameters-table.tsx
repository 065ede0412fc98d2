import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { ParameterObject } from "@/lib/api/openapi/openapi.types";
import { DescriptionText, RequiredMark } from "./reference-cells";
import { constraintsOf, typeLabel } from "./schema-rows";
import styles from "./reference-table.module.css";

const COLUMNS: DataColumn<ParameterObject>[] = [
  { header: "Name", className: styles.name, cell: (parameter) => parameter.name },
  { header: "In", className: styles.mediaType, cell: (parameter) => parameter.in },
  { header: "Type", className: styles.type, cell: (parameter) => typeLabel(parameter.schema) },
  { header: "Required", cell: (parameter) => <RequiredMark required={parameter.required} /> },
  {
    header: "Description",
    className: styles.description,
    cell: (parameter) => <DescriptionText text={parameter.description} constraints={constraintsOf(parameter.schema)} />,
  },
];

export function ParametersTable({ parameters }: { parameters: ParameterObject[] }) {
  return (
    <DataTable
      className={styles.table}
      columns={COLUMNS}
      rows={parameters}
      rowKey={(parameter) => `${parameter.in}:${parameter.name}`}
    />
  );
}
