import "server-only";
import { db } from "@/lib/db";

/** Whether the workspace holds the demo models, so that the UI can say the figures are examples. */
export async function workspaceHasDemoData(): Promise<boolean> {
  const prisma = await db();
  const demoModel = await prisma.model.findFirst({ where: { isDemo: true }, select: { id: true } });
  return demoModel !== null;
}
