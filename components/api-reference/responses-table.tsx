import { DataTable, type DataColumn } from "@/components/ui/data-table";
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

/** A response's status, with the response it stands for. */
interface ResponseRow {
  key: string;
  status: string;
  response: ResponseObject;
}

const COLUMNS: DataColumn<ResponseRow>[] = [
  {
    header: "Status",
    className: styles.status,
    cellProps: ({ status }) => ({ "data-class": status[0] }),
    cell: ({ status }) => status,
  },
  {
    header: "Description",
    className: styles.description,
    cell: ({ response }) => (
      <>
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
      </>
    ),
  },
  {
    header: "Content type",
    className: styles.mediaType,
    cell: ({ response }) => Object.keys(response.content ?? {}).join(", "),
  },
];

export function ResponsesTable({
  responses,
  document,
}: {
  responses: Record<string, ResponseOrRef>;
  document: OpenApiDocument;
}) {
  const rows = Object.entries(responses).map(([status, reference]) => ({
    key: status,
    status,
    response: resolve(reference, document),
  }));
  return <DataTable className={styles.table} columns={COLUMNS} rows={rows} />;
}
