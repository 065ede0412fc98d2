import { z } from "zod";
import { ApiProblem } from "@/lib/api/problem";
import { withApi } from "@/lib/api/with-api";
import { db } from "@/lib/db";
import { getSharedInitialisation } from "@/lib/lineage/get-shared-initialisation";

const ZQuery = z.object({ teacherId: z.string().min(1).max(100), studentId: z.string().min(1).max(100) }).strict();

export const GET = withApi({ scope: "catalog:read", query: ZQuery }, async ({ query }) => {
  const prisma = await db();
  const found = await prisma.model.count({ where: { id: { in: [query.teacherId, query.studentId] } } });
  if (found < new Set([query.teacherId, query.studentId]).size) throw new ApiProblem(404, "No model with that teacherId or studentId.");
  const [result] = await getSharedInitialisation(prisma, [query]);
  return result;
});
