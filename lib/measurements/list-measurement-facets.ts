import "server-only";
import { db } from "@/lib/db";

/** What the measurements can be filtered by: the traits and models measured, the protocols and seeds used. */
export interface MeasurementFacets {
  traits: { slug: string; name: string }[];
  models: { id: string; name: string }[];
  protocols: string[];
  seeds: number[];
}

/** The values present among the measurements, each in one set query, for the explorer's filters. */
export async function listMeasurementFacets(): Promise<MeasurementFacets> {
  const prisma = await db();
  const [traits, models, protocols, seeds] = await Promise.all([
    prisma.$queryRaw<{ slug: string; name: string }[]>`
      SELECT t.slug, t.name FROM traits t WHERE EXISTS (SELECT 1 FROM measurements m WHERE m.trait_id = t.id) ORDER BY t.name`,
    prisma.$queryRaw<{ id: string; name: string }[]>`
      SELECT md.id, md.name FROM models md WHERE EXISTS (SELECT 1 FROM measurements m WHERE m.model_id = md.id)
       ORDER BY md.name, md.id`,
    prisma.$queryRaw<{ protocol: string }[]>`SELECT DISTINCT protocol FROM measurements ORDER BY protocol`,
    prisma.$queryRaw<{ seed: number }[]>`SELECT DISTINCT seed FROM measurements WHERE seed IS NOT NULL ORDER BY seed`,
  ]);
  return { traits, models, protocols: protocols.map((p) => p.protocol), seeds: seeds.map((s) => s.seed) };
}
