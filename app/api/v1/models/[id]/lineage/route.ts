import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { getLineage } from "@/lib/lineage/get-lineage";
import { ZLineage, ZLineageQuery } from "@/lib/lineage/lineage.types";
import { ZModelIdParams } from "@/lib/models/model.types";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZModelIdParams,
    query: ZLineageQuery,
    docs: {
      summary: "Get a model's lineage",
      description:
        "The models and datasets reachable from the model along lineage edges, up to `depth` edges (at most 50): its ancestors (the base it was initialised from, the datasets it was trained on, the teachers that generated them) and its descendants (data it generated, students trained on it), and the edges among them. The database walks the graph; nothing is loaded whole. Edge kinds: `initialized_from`, `generated`, `trained_on`, `taught`, `filtered_from`.",
      tags: ["Lineage", "Models"],
      responses: okResponse(
        ZLineage,
        "`{focus, nodes, edges}`: each node has `id`, `type` (`model` or `dataset`), `name`, `distance` from the focus (negative for ancestors, positive for descendants), `provider`, `recordCount` and `measured`; each edge `source`, `target` and `kind`.",
      ),
      problems: notFoundProblem("model"),
    },
  },
  ({ params, query }) => getLineage(params.id, query),
);
