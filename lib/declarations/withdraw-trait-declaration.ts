import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { declarationInclude, toDeclarationDto } from "./declaration-dto";
import type { TraitDeclarationDto } from "./declaration.types";

/** Withdraws a model's declaration of a trait (by the trait's slug); audited with what was declared. */
export async function withdrawTraitDeclaration(
  actor: Actor,
  modelId: string,
  traitSlug: string,
): Promise<TraitDeclarationDto> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.traitDeclaration.findFirst({
      where: { modelId, trait: { slug: traitSlug } },
      include: declarationInclude,
    });
    if (!existing) throw new NotFoundError(`Model '${modelId}' has no declaration of trait '${traitSlug}'.`);
    await tx.traitDeclaration.delete({ where: { id: existing.id } });
    const declaration = toDeclarationDto(existing);
    await recordAuditEvent(tx, actor, {
      action: "trait.withdraw",
      entityType: "model",
      entityId: modelId,
      before: declaration,
    });
    return declaration;
  });
}
