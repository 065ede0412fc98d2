import { z } from "zod";
import type { Scope } from "@/lib/auth/roles";
import { ZPageQuery } from "@/lib/pagination/cursor-page";

// A note an auditor or admin writes on a model, a dataset or a run: shared by the API, the
// Notes panel's form, the CLI and the reports.

export const ANNOTATION_SUBJECT_TYPES = ["model", "dataset", "run"] as const;
export type AnnotationSubjectType = (typeof ANNOTATION_SUBJECT_TYPES)[number];

export const MAX_ANNOTATION_LENGTH = 10_000;

/** Who may edit or delete any note, not only their own: the scope of those who manage users (admins). */
export const MODERATE_ANNOTATIONS_SCOPE: Scope = "users:manage";

const ZAnnotationBody = z
  .string()
  .trim()
  .min(1, "write the note")
  .max(MAX_ANNOTATION_LENGTH, `at most ${MAX_ANNOTATION_LENGTH.toLocaleString("en")} characters`)
  .describe("The note, plain text (line breaks kept, never read as HTML), 1 to 10,000 characters once trimmed");

export const ZCreateAnnotation = z.object({ body: ZAnnotationBody }).strict();
export type TCreateAnnotation = z.output<typeof ZCreateAnnotation>;

export const ZUpdateAnnotation = z.object({ body: ZAnnotationBody }).strict();
export type TUpdateAnnotation = z.output<typeof ZUpdateAnnotation>;

export const ZAnnotationIdParams = z.object({ id: z.string().min(1).max(100) });

export const ZListAnnotationsQuery = z.object({ ...ZPageQuery }).strict();
export type TListAnnotationsQuery = z.output<typeof ZListAnnotationsQuery>;

const ZAnnotationSubject = z.object({
  type: z.enum(ANNOTATION_SUBJECT_TYPES),
  id: z.string(),
  name: z.string().describe("The object's name today: a model's or dataset's name, \"Run of <student>\" for a run"),
});
export type AnnotationSubject = z.infer<typeof ZAnnotationSubject>;

export const ZAnnotationDto = z.object({
  id: z.string(),
  subject: ZAnnotationSubject,
  body: z.string().describe("The note, plain text"),
  author: z.object({
    id: z.string().nullable().describe("The author's user id; null once the user is deleted"),
    name: z.string().describe("The author's name today, or the name the note kept once the user is gone"),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AnnotationDto = z.infer<typeof ZAnnotationDto>;
