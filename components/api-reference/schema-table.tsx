import { DataTable } from "@/components/ui/data-table";
import type { JsonSchema } from "@/lib/api/openapi/openapi.types";
import { ConstraintList } from "./constraint-list";
import { InlineText } from "./inline-text";
import { schemaRows } from "./schema-rows";
import styles from "./reference-table.module.css";

/** A JSON body's schema as fields: nested objects indented under their field, unions as their options. */
export function SchemaTable({ schema, testId }: { schema: JsonSchema; testId?: string }) {
  const rows = schemaRows(schema);
  return (
    <DataTable
      className={styles.table}
      testId={testId}
      head={
        <>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
          <th scope="col">Description</th>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.key} data-depth={row.depth}>
          <td className={row.kind === "option" ? styles.option : styles.name}>
            {Array.from({ length: row.depth }, (_, index) => (
              <span key={index} className={styles.indent} aria-hidden="true" />
            ))}
            {row.name}
          </td>
          <td className={styles.type}>{row.type}</td>
          <td>
            {row.kind === "option" ? null : row.required ? (
              <span className={styles.required}>required</span>
            ) : (
              <span className={styles.optional}>optional</span>
            )}
          </td>
          <td className={styles.description}>
            {row.description && <InlineText text={row.description} />}
            <ConstraintList constraints={row.constraints} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
