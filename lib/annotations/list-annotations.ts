import "server-only";
import { db } from "@/lib/db";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import { annotationInclude, toAnnotationDto } from "./annotation-dto";
import { assertSubjectExists, subjectColumns, type AnnotationSubjectRef } from "./annotation-subject";
import type { AnnotationDto, TListAnnotationsQuery } from "./annotation.types";

/** The notes on a model, a dataset or a run, newest first, a page at a time. */
export async function listAnnotations(
  subject: AnnotationSubjectRef,
  query: TListAnnotationsQuery,
): Promise<Page<AnnotationDto>> {
  const prisma = await db();
  await assertSubjectExists(prisma, subject);
  return findPage(
    query,
    (page) => prisma.annotation.findMany({ where: subjectColumns(subject), include: annotationInclude, ...page }),
    toAnnotationDto,
  );
}
