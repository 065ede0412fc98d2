import "server-only";
import { db } from "@/lib/db";

export interface CycleNode {
  id: string;
  type: "model" | "dataset";
  name: string;
}

/** Names the models and datasets of a refused cycle, for a 409 a person can read. */
export async function describeCycle(ids: string[]): Promise<CycleNode[]> {
  const prisma = await db();
  const [models, datasets] = await Promise.all([
    prisma.model.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    prisma.dataset.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  ]);
  const names = new Map<string, CycleNode>([
    ...models.map((m): [string, CycleNode] => [m.id, { id: m.id, type: "model", name: m.name }]),
    ...datasets.map((d): [string, CycleNode] => [d.id, { id: d.id, type: "dataset", name: d.name }]),
  ]);
  // A node created by the refused write itself no longer exists: it is named by its id.
  return ids.map((id) => names.get(id) ?? { id, type: "model", name: id });
}
