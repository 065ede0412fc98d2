import { z } from "zod";
import { ApiProblem } from "@/lib/api/problem";
import type { ApiContext, ApiOptions } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { db } from "@/lib/db";
import { getSharedInitialization } from "@/lib/lineage/get-shared-initialization";
import { ZSharedInitialization } from "@/lib/runs/run.types";

const ZQuery = z.object({ teacherId: z.string().min(1).max(100), studentId: z.string().min(1).max(100) }).strict();

/** What GET /api/v1/lineage/shared-initialization takes and answers; the path before the rename serves it too. */
export const sharedInitializationOptions = {
  scope: "catalog:read",
  query: ZQuery,
  docs: {
    summary: "Check whether a teacher and a student share an initialisation",
    description:
      "Follows `initialized_from` links only (not data) from both models up to their roots. Transfer of hidden traits was observed when teacher and student descend from the same base model, and largely failed otherwise.",
    tags: ["Lineage"],
    responses: okResponse(
      ZSharedInitialization,
      "`{teacher, student, teacherRoot, studentRoot, shared, nearestCommonAncestor}`: `shared` is true when both descend from the same root; the nearest common ancestor (themselves included) is null when there is none.",
    ),
    problems: { 404: "No model with the `teacherId` or the `studentId`." },
  },
} satisfies ApiOptions<undefined, typeof ZQuery, undefined, "catalog:read">;

export async function sharedInitializationHandler({
  query,
}: ApiContext<undefined, typeof ZQuery, undefined, "catalog:read">) {
  const prisma = await db();
  const found = await prisma.model.count({ where: { id: { in: [query.teacherId, query.studentId] } } });
  if (found < new Set([query.teacherId, query.studentId]).size)
    throw new ApiProblem(404, "No model with that teacherId or studentId.");
  const [result] = await getSharedInitialization([query]);
  return result;
}
