import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { JsonSchema } from "@/lib/api/openapi/openapi.types";
import { DescriptionText, RequiredMark } from "./reference-cells";
import { schemaRows, type SchemaRow } from "./schema-rows";
import styles from "./reference-table.module.css";

const COLUMNS: DataColumn<SchemaRow>[] = [
  {
    header: "Field",
    cellProps: (row) => ({ className: row.kind === "option" ? styles.option : styles.name }),
    cell: (row) => (
      <>
        {Array.from({ length: row.depth }, (_, index) => (
          <span key={index} className={styles.indent} aria-hidden="true" />
        ))}
        {row.name}
      </>
    ),
  },
  { header: "Type", className: styles.type, cell: (row) => row.type },
  { header: "Required", cell: (row) => (row.kind === "option" ? null : <RequiredMark required={row.required} />) },
  {
    header: "Description",
    className: styles.description,
    cell: (row) => <DescriptionText text={row.description} constraints={row.constraints} />,
  },
];

/** A JSON body's schema as fields: nested objects indented under their field, unions as their options. */
export function SchemaTable({ schema, testId }: { schema: JsonSchema; testId?: string }) {
  return (
    <DataTable
      className={styles.table}
      testId={testId}
      columns={COLUMNS}
      rows={schemaRows(schema)}
      rowProps={(row) => ({ "data-depth": row.depth })}
    />
  );
}
