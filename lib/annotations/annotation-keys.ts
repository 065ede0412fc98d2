import type { AnnotationSubjectType } from "./annotation.types";

// TanStack Query keys for notes, one factory as for every feature.
export const annotationKeys = {
  all: ["annotations"] as const,
  of: (type: AnnotationSubjectType, id: string) => ["annotations", type, id] as const,
};
