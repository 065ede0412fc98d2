import "server-only";
import { recordAuditedEntity } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { retryOnUniqueViolation } from "@/lib/db/retry-on-unique-violation";
import { ConflictError, InvalidError } from "@/lib/errors/domain-errors";
import { generationInclude, toGenerationDto, type GenerationDto, type TCreateGeneration } from "./generation.types";
import { toJsonColumn } from "@/lib/db/json-column";

/** Records that a teacher generated a dataset. Idempotent on externalId. */
export function createGeneration(
  actor: Actor,
  input: TCreateGeneration,
): Promise<{ generation: GenerationDto; created: boolean }> {
  return retryOnUniqueViolation(input.externalId !== undefined, () => register(actor, input));
}

async function register(
  actor: Actor,
  input: TCreateGeneration,
): Promise<{ generation: GenerationDto; created: boolean }> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if (input.externalId) {
      const existing = await tx.generation.findUnique({
        where: { externalId: input.externalId },
        include: generationInclude,
      });
      if (existing) {
        if (
          existing.teacher.id !== input.teacherId ||
          (input.datasetId !== undefined && existing.dataset?.id !== input.datasetId)
        ) {
          throw new ConflictError(
            `Generation '${input.externalId}' is already registered with another teacher or dataset.`,
            { existingId: existing.id },
          );
        }
        return { generation: toGenerationDto(existing), created: false };
      }
    }
    if (!(await tx.model.findUnique({ where: { id: input.teacherId }, select: { id: true } }))) {
      throw InvalidError.fields([{ field: "teacherId", message: `no model with id '${input.teacherId}'` }]);
    }
    if (input.datasetId) {
      const dataset = await tx.dataset.findUnique({
        where: { id: input.datasetId },
        select: { id: true, generation: { select: { id: true } } },
      });
      if (!dataset)
        throw InvalidError.fields([{ field: "datasetId", message: `no dataset with id '${input.datasetId}'` }]);
      if (dataset.generation) {
        throw new ConflictError("That dataset already has a generation: a dataset is generated once.", {
          existingId: dataset.generation.id,
        });
      }
    }
    const created = await tx.generation.create({
      data: {
        teacherId: input.teacherId,
        datasetId: input.datasetId,
        temperature: input.temperature,
        topP: input.topP,
        maxTokens: input.maxTokens,
        seed: input.seed,
        promptSet: input.promptSet,
        promptCount: input.promptCount,
        settings: toJsonColumn(input.settings),
        externalId: input.externalId,
        createdById: actor.userId,
      },
      include: generationInclude,
    });
    const generation = await recordAuditedEntity(tx, actor, toGenerationDto(created), {
      action: "generation.create",
      entityType: "generation",
      entityId: created.id,
    });
    return { generation, created: true };
  });
}
