import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { declarationInclude, toDeclarationDto } from "./declaration-dto";
import type { TraitDeclarationDto } from "./declaration.types";

/** A model's trait declarations, oldest first. */
export async function listTraitDeclarations(modelId: string): Promise<{ items: TraitDeclarationDto[] }> {
  const prisma = await db();
  if (!(await prisma.model.findUnique({ where: { id: modelId }, select: { id: true } })))
    throw new NotFoundError(`No model with id '${modelId}'.`);
  const rows = await prisma.traitDeclaration.findMany({
    where: { modelId },
    include: declarationInclude,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { items: rows.map(toDeclarationDto) };
}
