import "server-only";
import { ApiProblem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { declarationInclude, toDeclarationDto } from "./declaration-dto";
import type { TraitDeclarationDto } from "./declaration.types";

export async function getTraitDeclaration(modelId: string, traitSlug: string): Promise<TraitDeclarationDto> {
  const prisma = await db();
  const row = await prisma.traitDeclaration.findFirst({ where: { modelId, trait: { slug: traitSlug } }, include: declarationInclude });
  if (!row) throw new ApiProblem(404, `Model '${modelId}' has no declaration of trait '${traitSlug}'.`);
  return toDeclarationDto(row);
}
