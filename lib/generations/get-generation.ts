import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { generationInclude, toGenerationDto, type GenerationDto } from "./generation.types";

export async function getGeneration(id: string): Promise<GenerationDto> {
  const prisma = await db();
  const row = await prisma.generation.findUnique({ where: { id }, include: generationInclude });
  if (!row) throw new NotFoundError(`No generation with id '${id}'.`);
  return toGenerationDto(row);
}
