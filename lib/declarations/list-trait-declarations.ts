import "server-only";
import { ApiProblem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { declarationInclude, toDeclarationDto } from "./declaration-dto";
import type { TraitDeclarationDto } from "./declaration.types";

/** A model's trait declarations, oldest first. */
export async function listTraitDeclarations(modelId: string): Promise<{ items: TraitDeclarationDto[] }> {
  const prisma = await db();
  if (!(await prisma.model.findUnique({ where: { id: modelId }, select: { id: true } }))) throw new ApiProblem(404, `No model with id '${modelId}'.`);
  const rows = await prisma.traitDeclaration.findMany({ where: { modelId }, include: declarationInclude, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return { items: rows.map(toDeclarationDto) };
}
