import { withApi } from "@/lib/api/with-api";
import { connection } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = withApi({ scope: null }, async () => {
  const { mode, prisma } = await connection();
  await prisma.$queryRaw`SELECT 1`;
  return { status: "ok", database: mode };
});
