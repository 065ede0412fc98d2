import type { Prisma } from "@/lib/db/connect";

/**
 * Returns the instance setting `key`, creating it with `create()` on first use. Safe when two
 * instances race: the insert that loses is ignored and both read the winner's value.
 */
export async function getOrCreateSetting(prisma: Prisma, key: string, create: () => string): Promise<string> {
  const existing = await prisma.instanceSetting.findUnique({ where: { key } });
  if (existing) return existing.value;
  await prisma.instanceSetting.createMany({ data: [{ key, value: create() }], skipDuplicates: true });
  const stored = await prisma.instanceSetting.findUniqueOrThrow({ where: { key } });
  return stored.value;
}
