import "server-only";
import { db } from "@/lib/db";

/** What the models list can be filtered by: the providers models have, and the traits recorded. */
export async function listModelFacets(): Promise<{ providers: string[]; traits: { slug: string; name: string }[] }> {
  const prisma = await db();
  const [providers, traits] = await Promise.all([
    prisma.$queryRaw<{ provider: string }[]>`SELECT DISTINCT provider FROM models ORDER BY provider`,
    prisma.trait.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { providers: providers.map((p) => p.provider), traits };
}
