import { DataTable } from "@/components/ui/data-table";
import type { ParameterObject } from "@/lib/api/openapi/openapi.types";
import { ConstraintList } from "./constraint-list";
import { InlineText } from "./inline-text";
import { constraintsOf, typeLabel } from "./schema-rows";
import styles from "./reference-table.module.css";

export function ParametersTable({ parameters }: { parameters: ParameterObject[] }) {
  return (
    <DataTable
      className={styles.table}
      head={
        <>
          <th scope="col">Name</th>
          <th scope="col">In</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
          <th scope="col">Description</th>
        </>
      }
    >
      {parameters.map((parameter) => (
        <tr key={`${parameter.in}:${parameter.name}`}>
          <td className={styles.name}>{parameter.name}</td>
          <td className={styles.mediaType}>{parameter.in}</td>
          <td className={styles.type}>{typeLabel(parameter.schema)}</td>
          <td>
            {parameter.required ? (
              <span className={styles.required}>required</span>
            ) : (
              <span className={styles.optional}>optional</span>
            )}
          </td>
          <td className={styles.description}>
            {parameter.description && <InlineText text={parameter.description} />}
            <ConstraintList constraints={constraintsOf(parameter.schema)} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
