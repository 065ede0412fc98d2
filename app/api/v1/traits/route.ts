import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { listTraits } from "@/lib/traits/list-traits";
import { ZTraitSummary } from "@/lib/traits/trait.types";
import { zItems } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "catalog:read",
    docs: {
      summary: "List traits",
      description:
        "Every trait by name, with how much it has been measured. Traits are created by the first measurement that names them.",
      tags: ["Traits"],
      responses: okResponse(
        zItems(ZTraitSummary),
        "`{items}`; each trait has `id`, `slug`, `name`, `description`, `positiveDefinition`, `higherIsWorse`, `measurementCount`, `measuredModelCount` and the `range` of measured values.",
      ),
    },
  },
  async () => ({ items: await listTraits() }),
);
