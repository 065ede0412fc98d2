import "server-only";
import { db } from "@/lib/db";
import { findPage, type Page } from "@/lib/pagination/cursor-page";
import { generationInclude, toGenerationDto, type GenerationDto, type TListGenerationsQuery } from "./generation.types";

export async function listGenerations(query: TListGenerationsQuery): Promise<Page<GenerationDto>> {
  const prisma = await db();
  return findPage(
    query,
    (page) =>
      prisma.generation.findMany({
        where: { teacherId: query.teacherId, datasetId: query.datasetId },
        include: generationInclude,
        ...page,
      }),
    toGenerationDto,
  );
}
