import { withApi } from "@/lib/api/with-api";
import { listUnmeasuredExposures } from "@/lib/exposure/list-unmeasured-exposures";

/** Every model exposed to a trait but never measured on it, high risk first. */
export const GET = withApi(
  {
    scope: "catalog:read",
    docs: {
      summary: "List models exposed to a trait but never measured on it",
      description:
        "A trait enters the lineage at a model whose rate lies significantly above its initialisation's (its interval excludes the baseline), e.g. a teacher prompted to love owls. It reaches every model downstream along a path through learning (trained on that model's data, or taught by it). This lists the exposed models with no measurement of the trait: what to evaluate next. Risk is `high` when source and exposed model share an initialisation (where transfer was observed) and `lower` otherwise; high risk first.",
      tags: ["Traits"],
      responses: { 200: { description: "`{items}`; each has the `model`, the `trait`, the `risk` and the `exposures`: paths from the source, with every model and dataset on the way." } },
    },
  },
  async () => ({ items: await listUnmeasuredExposures() }),
);
