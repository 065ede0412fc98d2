import "server-only";
import { recordAuditedEntity } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { retryOnUniqueViolation } from "@/lib/db/retry-on-unique-violation";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-errors";
import { resolveTrait } from "@/lib/traits/resolve-trait";
import { declarationInclude, toDeclarationDto } from "./declaration-dto";
import type { TDeclareTrait, TraitDeclarationDto } from "./declaration.types";

/**
 * Declares that a model carries a trait: it becomes a source of the trait, and every model
 * downstream of it is exposed. Idempotent on (model, trait): the same declaration again answers the
 * one stored; a different reason for a declared pair is a 409 (withdraw it first).
 */
export async function declareTrait(
  actor: Actor,
  modelId: string,
  input: TDeclareTrait,
): Promise<{ declaration: TraitDeclarationDto; created: boolean }> {
  return retryOnUniqueViolation(true, async () => {
    const prisma = await db();
    return prisma.$transaction(async (tx) => {
      if (!(await tx.model.findUnique({ where: { id: modelId }, select: { id: true } })))
        throw new NotFoundError(`No model with id '${modelId}'.`);
      const trait = await resolveTrait(tx, actor, input.trait);
      const existing = await tx.traitDeclaration.findUnique({
        where: { modelId_traitId: { modelId, traitId: trait.id } },
        include: declarationInclude,
      });
      if (existing) {
        if (existing.reason === input.reason) return { declaration: toDeclarationDto(existing), created: false };
        throw new ConflictError(
          `The model is already declared to carry '${trait.slug}', for another reason: withdraw that declaration first.`,
          {
            existing: toDeclarationDto(existing),
          },
        );
      }
      const row = await tx.traitDeclaration.create({
        data: {
          modelId,
          traitId: trait.id,
          reason: input.reason,
          declaredById: actor.userId,
          declaredByLabel: actor.label,
        },
        include: declarationInclude,
      });
      const declaration = await recordAuditedEntity(tx, actor, toDeclarationDto(row), {
        action: "trait.declare",
        entityType: "model",
        entityId: modelId,
      });
      return { declaration, created: true };
    });
  });
}
