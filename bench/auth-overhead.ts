// Benchmark: what an authenticated API call costs before any work, on a PostgreSQL server.
//
//   npm run bench:auth
//
// Times, in process on a scratch database, authenticateRequest() for a request with an API token (the
// lookup every API call makes before its handler), and a whole handler call with nothing to do: GET
// /api/v1/models/{id}/lineage?direction=ancestors&depth=1 of a base model (the focus alone), through
// withApi as Next.js calls it.
import { withScratchDatabase } from "./support/scratch-database";
import { ms, time } from "./support/timing";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 500);
const TOKEN = "bench-auth-token";

await withScratchDatabase({ demo: true }, async () => {
  process.env.PEDIGREE_ADMIN_TOKEN = TOKEN;
  const { ready } = await import("@/lib/startup/ready");
  const { authenticateRequest } = await import("@/lib/auth/authenticate-request");
  const lineageRoute = await import("@/app/api/v1/models/[id]/lineage/route");
  const { prisma } = await ready();
  const model = await prisma.model.findFirstOrThrow({ where: { name: "GPT-4.1 nano" } });
  const headers = { authorization: `Bearer ${TOKEN}` };

  const auth = await time(SAMPLES, async () => {
    if (!(await authenticateRequest(new Request("http://localhost/api/v1/models", { headers }))))
      throw new Error("not authenticated");
  });
  const call = await time(SAMPLES, async () => {
    const url = `http://localhost/api/v1/models/${model.id}/lineage?direction=ancestors&depth=1`;
    const response = await lineageRoute.GET(new Request(url, { headers }), {
      params: Promise.resolve({ id: model.id }),
    });
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    await response.arrayBuffer();
  });
  console.info(
    `token authentication p50 ${ms(auth.p50)}, p99 ${ms(auth.p99)}; empty lineage answer through withApi ` +
      `p50 ${ms(call.p50)}, p99 ${ms(call.p99)} (${SAMPLES} calls each); peak RSS ` +
      `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
});
