import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { getTraitChart } from "@/lib/traits/get-trait-chart";

const ZParams = z.object({ slug: z.string().min(1).max(100) });

/** The trait and every model measured on it, grouped by lineage generation, with rates and intervals. */
export const GET = withApi({ scope: "catalog:read", params: ZParams }, ({ params }) => getTraitChart(params.slug));
