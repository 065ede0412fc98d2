import { DataTable } from "@/components/ui/data-table";
import type { OpenApiDocument, ResponseObject, ResponseOrRef } from "@/lib/api/openapi/openapi.types";
import { InlineText } from "./inline-text";
import styles from "./reference-table.module.css";

function resolve(response: ResponseOrRef, document: OpenApiDocument): ResponseObject {
  if (!("$ref" in response)) return response;
  const name = response.$ref.replace("#/components/responses/", "");
  const found = Object.hasOwn(document.components.responses, name) ? document.components.responses[name] : undefined;
  if (!found) throw new Error(`No response ${response.$ref} in the document.`);
  return found;
}

export function ResponsesTable({
  responses,
  document,
}: {
  responses: Record<string, ResponseOrRef>;
  document: OpenApiDocument;
}) {
  return (
    <DataTable
      className={styles.table}
      head={
        <>
          <th scope="col">Status</th>
          <th scope="col">Description</th>
          <th scope="col">Content type</th>
        </>
      }
    >
      {Object.entries(responses).map(([status, reference]) => {
        const response = resolve(reference, document);
        return (
          <tr key={status}>
            <td className={styles.status} data-class={status[0]}>
              {status}
            </td>
            <td className={styles.description}>
              <InlineText text={response.description} />
              {response.headers && (
                <span className={styles.constraints}>
                  {Object.entries(response.headers).map(([name, header]) => (
                    <span key={name} className={styles.constraint} title={header.description}>
                      {name}: {header.description}
                    </span>
                  ))}
                </span>
              )}
            </td>
            <td className={styles.mediaType}>{Object.keys(response.content ?? {}).join(", ")}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
