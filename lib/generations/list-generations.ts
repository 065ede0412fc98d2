import "server-only";
import { db } from "@/lib/db";
import { pageArgs, toPage, type Page } from "@/lib/pagination/cursor-page";
import { generationInclude, toGenerationDto, type GenerationDto, type TListGenerationsQuery } from "./generation.types";

export async function listGenerations(query: TListGenerationsQuery): Promise<Page<GenerationDto>> {
  const prisma = await db();
  const rows = await prisma.generation.findMany({
    where: { teacherId: query.teacherId, datasetId: query.datasetId },
    include: generationInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(query),
  });
  return toPage(rows, query, toGenerationDto);
}
