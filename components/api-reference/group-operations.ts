import type { HttpMethod, OpenApiDocument, OperationObject } from "@/lib/api/openapi/openapi.types";

export interface ReferenceOperation {
  method: HttpMethod;
  path: string;
  operation: OperationObject;
  /** The id of its section on the page, for links from the sidebar. */
  anchor: string;
}

export interface ReferenceGroup {
  tag: { name: string; description: string };
  anchor: string;
  operations: ReferenceOperation[];
}

const METHOD_ORDER: HttpMethod[] = ["get", "post", "put", "patch", "delete"];

const anchorOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The document's operations by tag, in the document's tag order; an operation with several tags is listed under its first. */
export function groupOperations(document: OpenApiDocument): ReferenceGroup[] {
  const groups = document.tags.map((tag) => ({
    tag,
    anchor: `tag-${anchorOf(tag.name)}`,
    operations: [] as ReferenceOperation[],
  }));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHOD_ORDER) {
      const operation = item[method];
      if (!operation) continue;
      const group = groups.find((candidate) => candidate.tag.name === operation.tags[0]);
      if (!group)
        throw new Error(
          `${method.toUpperCase()} ${path}: tag '${operation.tags[0]}' is not among the document's tags.`,
        );
      group.operations.push({ method, path, operation, anchor: anchorOf(operation.operationId) });
    }
  }
  return groups.filter((group) => group.operations.length > 0);
}
