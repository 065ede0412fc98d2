import { z } from "zod";
import { ApiProblem } from "@/lib/api/problem";
import { withApi } from "@/lib/api/with-api";
import { db } from "@/lib/db";
import { getSharedInitialisation } from "@/lib/lineage/get-shared-initialisation";
import { ZSharedInitialisation } from "@/lib/runs/run.types";

const ZQuery = z.object({ teacherId: z.string().min(1).max(100), studentId: z.string().min(1).max(100) }).strict();

export const GET = withApi(
  {
    scope: "catalog:read",
    query: ZQuery,
    docs: {
      summary: "Check whether a teacher and a student share an initialisation",
      description:
        "Follows `initialized_from` links only (not data) from both models up to their roots. Transfer of hidden traits was observed when teacher and student descend from the same base model, and largely failed otherwise.",
      tags: ["Lineage"],
      responses: {
        200: {
          schema: ZSharedInitialisation,
          description:
            "`{teacher, student, teacherRoot, studentRoot, shared, nearestCommonAncestor}`: `shared` is true when both descend from the same root; the nearest common ancestor (themselves included) is null when there is none.",
        },
      },
      problems: { 404: "No model with the `teacherId` or the `studentId`." },
    },
  },
  async ({ query }) => {
    const prisma = await db();
    const found = await prisma.model.count({ where: { id: { in: [query.teacherId, query.studentId] } } });
    if (found < new Set([query.teacherId, query.studentId]).size)
      throw new ApiProblem(404, "No model with that teacherId or studentId.");
    const [result] = await getSharedInitialisation([query]);
    return result;
  },
);
