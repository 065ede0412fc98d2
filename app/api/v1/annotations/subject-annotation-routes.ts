// GET and POST of the notes on a model, a dataset or a run: one definition for the three paths, which
// differ only in the object they name.
import type { ZodType } from "zod";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import {
  ZAnnotationDto,
  ZCreateAnnotation,
  ZListAnnotationsQuery,
  type AnnotationSubjectType,
} from "@/lib/annotations/annotation.types";
import { createdResponse, notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import type { ApiTag } from "@/lib/api/openapi/api-tags";
import { created, withApi } from "@/lib/api/with-api";
import { zPage } from "@/lib/pagination/list-schemas";

type IdParams = ZodType<{ id: string }>;

const SUBJECTS: Record<AnnotationSubjectType, { path: string; words: string; tag: ApiTag }> = {
  model: { path: "models", words: "a model", tag: "Models" },
  dataset: { path: "datasets", words: "a dataset", tag: "Datasets" },
  run: { path: "runs", words: "a distillation run", tag: "Runs" },
};

export function listAnnotationsRoute(type: AnnotationSubjectType, params: IdParams) {
  const subject = SUBJECTS[type];
  return withApi(
    {
      scope: "catalog:read",
      params,
      query: ZListAnnotationsQuery,
      docs: {
        summary: `List the notes on ${subject.words}`,
        description: `Newest first, a page at a time. Each note's \`body\` is plain text: show it as text, never as HTML.`,
        tags: ["Notes", subject.tag],
        responses: okResponse(
          zPage(ZAnnotationDto),
          "`{items, nextCursor}`: each note's `body`, `author` and times, and the object it is on (`subject`).",
        ),
        problems: notFoundProblem(type),
      },
    },
    ({ params: { id }, query }) => listAnnotations({ type, id }, query),
  );
}

export function createAnnotationRoute(type: AnnotationSubjectType, params: IdParams) {
  const subject = SUBJECTS[type];
  return withApi(
    {
      scope: "annotations:write",
      params,
      body: ZCreateAnnotation,
      docs: {
        summary: `Write a note on ${subject.words}`,
        description:
          "A note in the caller's name (auditors and admins hold `annotations:write`), shown on the object's page and in every report that covers it. The body is trimmed; 1 to 10,000 characters. Audited.",
        tags: ["Notes", subject.tag],
        responses: createdResponse(ZAnnotationDto, "The note.", "/api/v1/annotations/{id}"),
        problems: {
          ...notFoundProblem(type),
          422: "The body does not match the schema (`errors` names `body`): nothing is stored.",
        },
      },
    },
    async ({ actor, params: { id }, body }) => {
      const annotation = await createAnnotation(actor, { type, id }, body);
      return created(annotation, `/api/v1/annotations/${annotation.id}`);
    },
  );
}
