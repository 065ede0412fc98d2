import "server-only";
import { db } from "@/lib/db";
import type { ModelRef } from "@/lib/models/model-dto";

export interface UnmeasuredModel extends ModelRef {
  initializedFrom: ModelRef | null;
  baseRelation: string | null;
  /** A prompted model's system prompt is known (its SHA-256 is recorded). */
  promptKnown: boolean;
  createdAt: string;
}

/** Models with no trait measurement at all, newest first: the gaps an auditor should close. */
export async function listUnmeasuredModels(limit = 20): Promise<UnmeasuredModel[]> {
  const prisma = await db();
  const rows = await prisma.model.findMany({
    where: { measurements: { none: {} } },
    select: {
      id: true,
      name: true,
      version: true,
      provider: true,
      baseRelation: true,
      systemPromptSha256: true,
      createdAt: true,
      initializedFrom: { select: { id: true, name: true, version: true, provider: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(({ systemPromptSha256, ...row }) => ({
    ...row,
    promptKnown: systemPromptSha256 !== null,
    createdAt: row.createdAt.toISOString(),
  }));
}
