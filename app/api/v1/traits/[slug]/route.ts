import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { getTraitChart } from "@/lib/traits/get-trait-chart";
import { ZTraitChart } from "@/lib/traits/trait-chart.types";

const ZParams = z.object({ slug: z.string().min(1).max(100) });

/** The trait and every model measured on it, grouped by lineage generation, with rates and intervals. */
export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZParams,
    docs: {
      summary: "Get a trait and every model measured on it",
      description:
        "The models measured on the trait, grouped by lineage generation (base models, teachers, students, grand-students), each with its rate and interval across its measurements, whether it is a control, and the measurements themselves.",
      tags: ["Traits"],
      responses: okResponse(
        ZTraitChart,
        "`{trait, models}`; each model entry has `model`, `group`, `isControl`, `rate` and `measurements`.",
      ),
      problems: notFoundProblem("trait", "slug"),
    },
  },
  ({ params }) => getTraitChart(params.slug),
);
