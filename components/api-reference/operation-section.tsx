import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { JsonSchema, OpenApiDocument, OperationObject } from "@/lib/api/openapi/openapi.types";
import { rolesWith, scopeSentence } from "@/lib/api/openapi/security";
import type { Scope } from "@/lib/auth/roles";
import { curlExample } from "./curl-example";
import { CurlBlock } from "./curl-block";
import type { ReferenceOperation } from "./group-operations";
import { MethodBadge } from "./method-badge";
import { ParametersTable } from "./parameters-table";
import { PlainText } from "./plain-text";
import { ResponsesTable } from "./responses-table";
import { SchemaTable } from "./schema-table";
import styles from "./operation-section.module.css";

function Part({ title, meta, children }: { title: string; meta?: string; children: ReactNode }) {
  return (
    <div className={styles.part}>
      <h4 className={styles.partTitle}>
        {title}
        {meta && <span className={styles.partMeta}>{meta}</span>}
      </h4>
      {children}
    </div>
  );
}

function ScopeBadge({ scope }: { scope: Scope | null }) {
  if (scope === null) return <Badge tone="green">Public</Badge>;
  return (
    <span className={styles.scope}>
      <Badge tone="accent" title={`Roles: ${rolesWith(scope).join(", ")}`}>
        {scope}
      </Badge>
      <span className={styles.roles}>{rolesWith(scope).join(" · ")}</span>
    </span>
  );
}

/** The success responses' JSON bodies that have fields, one entry per distinct schema with the statuses that answer with it. */
function responseBodies(operation: OperationObject): { statuses: string[]; schema: JsonSchema }[] {
  const bodies: { statuses: string[]; schema: JsonSchema }[] = [];
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!status.startsWith("2") || "$ref" in response) continue;
    const schema = response.content?.["application/json"]?.schema;
    if (!schema?.properties) continue;
    const same = bodies.find((body) => JSON.stringify(body.schema) === JSON.stringify(schema));
    if (same) same.statuses.push(status);
    else bodies.push({ statuses: [status], schema });
  }
  return bodies;
}

/** One operation: what it does, who may call it, what it takes and answers, and how to call it. */
export function OperationSection({ entry, document }: { entry: ReferenceOperation; document: OpenApiDocument }) {
  const { method, path, operation, anchor } = entry;
  const scope = operation["x-pedigree-scope"] as Scope | null;
  // The document's description opens with the scope in words; the badge says it here.
  const sentence = scopeSentence(scope);
  const description = operation.description?.startsWith(sentence)
    ? operation.description.slice(sentence.length).trim()
    : operation.description;
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody;
  const bodySchema = body?.content["application/json"]?.schema;
  const bodyTypes = Object.keys(body?.content ?? {}).join(", ");

  return (
    <Card
      id={anchor}
      title={
        <>
          <MethodBadge method={method} /> <code className={styles.path}>{path}</code>
        </>
      }
      description={operation.summary}
      actions={<ScopeBadge scope={scope} />}
    >
      <div className={styles.body}>
        {description && <PlainText text={description} />}
        {parameters.length > 0 && (
          <Part title="Parameters">
            <div className={styles.tableFrame}>
              <ParametersTable parameters={parameters} />
            </div>
          </Part>
        )}
        {body && (
          <Part title="Request body" meta={bodyTypes}>
            {bodySchema ? (
              <>
                {(bodySchema.anyOf ?? bodySchema.oneOf) && <p className={styles.note}>One of these forms:</p>}
                <div className={styles.tableFrame}>
                  <SchemaTable schema={bodySchema} testId={`${anchor}-body`} />
                </div>
              </>
            ) : (
              body.description && <PlainText text={body.description} />
            )}
          </Part>
        )}
        <Part title="Responses">
          <div className={styles.tableFrame}>
            <ResponsesTable responses={operation.responses} document={document} />
          </div>
        </Part>
        {responseBodies(operation).map(({ statuses, schema }) => (
          <Part key={statuses.join()} title="Response body" meta={statuses.join(", ")}>
            <div className={styles.tableFrame}>
              <SchemaTable schema={schema} testId={`${anchor}-response-${statuses[0]}`} />
            </div>
          </Part>
        ))}
        <Part title="Example">
          <CurlBlock command={curlExample(method, path, operation)} />
        </Part>
      </div>
    </Card>
  );
}
