import "server-only";
import { ApiProblem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { generationInclude, toGenerationDto, type GenerationDto } from "./generation.types";

export async function getGeneration(id: string): Promise<GenerationDto> {
  const prisma = await db();
  const row = await prisma.generation.findUnique({ where: { id }, include: generationInclude });
  if (!row) throw new ApiProblem(404, `No generation with id '${id}'.`);
  return toGenerationDto(row);
}
