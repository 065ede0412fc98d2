import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { declarationInclude, toDeclarationDto } from "./declaration-dto";
import type { TraitDeclarationDto } from "./declaration.types";

export async function getTraitDeclaration(modelId: string, traitSlug: string): Promise<TraitDeclarationDto> {
  const prisma = await db();
  const row = await prisma.traitDeclaration.findFirst({
    where: { modelId, trait: { slug: traitSlug } },
    include: declarationInclude,
  });
  if (!row) throw new NotFoundError(`Model '${modelId}' has no declaration of trait '${traitSlug}'.`);
  return toDeclarationDto(row);
}
