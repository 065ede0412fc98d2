import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { ready } from "@/lib/startup/ready";

export const dynamic = "force-dynamic";

const ZHealth = z.object({ status: z.literal("ok"), database: z.enum(["postgres", "embedded"]) });

export const GET = withApi(
  {
    scope: null,
    docs: {
      summary: "Check that the server and its database answer",
      description:
        "Public: needs no token. Runs `SELECT 1` on the database; a database that does not answer makes this a 500.",
      tags: ["Service"],
      responses: okResponse(
        ZHealth,
        '`{status: "ok", database}`, where `database` is `postgres` (a server) or `embedded` (PGlite).',
      ),
    },
  },
  async () => {
    const { mode, prisma } = await ready();
    await prisma.$queryRaw`SELECT 1`;
    return { status: "ok", database: mode };
  },
);
