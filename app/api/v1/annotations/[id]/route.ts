import { ZAnnotationDto, ZAnnotationIdParams, ZUpdateAnnotation } from "@/lib/annotations/annotation.types";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { withApi } from "@/lib/api/with-api";

const FORBIDDEN = "The caller is neither the note's author nor holds `users:manage` (admins): nothing changes.";

export const PATCH = withApi(
  {
    scope: "annotations:write",
    params: ZAnnotationIdParams,
    body: ZUpdateAnnotation,
    docs: {
      summary: "Edit a note",
      description:
        "Replaces the note's text. Its author may, and an admin (`users:manage`) may edit anyone's. Audited with the note before and after.",
      tags: ["Notes"],
      responses: okResponse(ZAnnotationDto, "The note after the change."),
      problems: {
        ...notFoundProblem("note"),
        403: FORBIDDEN,
        422: "The body does not match the schema (`errors` names `body`): nothing changes.",
      },
    },
  },
  ({ actor, params, body }) => updateAnnotation(actor, params.id, body),
);

export const DELETE = withApi(
  {
    scope: "annotations:write",
    params: ZAnnotationIdParams,
    docs: {
      summary: "Delete a note",
      description:
        "Its author may, and an admin (`users:manage`) may delete anyone's. Audited with the note as it was.",
      tags: ["Notes"],
      responses: okResponse(ZAnnotationDto, "The note that was deleted."),
      problems: { ...notFoundProblem("note"), 403: FORBIDDEN },
    },
  },
  ({ actor, params }) => deleteAnnotation(actor, params.id),
);
