/**
 * A Next.js route path as an OpenAPI path template: /api/v1/models/[id] -> /api/v1/models/{id}.
 * A catch-all segment ([...path], [[...path]]) matches several segments, which a path template
 * cannot; such a route must be left out of the document on purpose (scripts/generate-route-manifest.mjs).
 */
export function openApiPath(nextPath: string): string {
  return nextPath
    .split("/")
    .map((segment) => {
      if (/^\[\[?\.\.\./.test(segment))
        throw new Error(`${nextPath}: a catch-all segment cannot be described by an OpenAPI path template.`);
      const dynamic = /^\[([A-Za-z0-9_]+)\]$/.exec(segment);
      return dynamic ? `{${dynamic[1]}}` : segment;
    })
    .join("/");
}

/** A stable operation id from the method and path: GET /api/v1/models/{id}/lineage -> getModelsByIdLineage. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api(\/v1)?\//, "")
    .split("/")
    .flatMap((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment);
      return parameter ? ["by", parameter[1]] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return method.toLowerCase() + words.map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
