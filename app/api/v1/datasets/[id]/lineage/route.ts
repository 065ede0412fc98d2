import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { ZDatasetIdParams } from "@/lib/datasets/dataset.types";
import { getLineage } from "@/lib/lineage/get-lineage";
import { ZLineage, ZLineageQuery } from "@/lib/lineage/lineage.types";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZDatasetIdParams,
    query: ZLineageQuery,
    docs: {
      summary: "Get a dataset's lineage",
      description:
        "The models and datasets reachable from the dataset along lineage edges, up to `depth` edges: upstream (the teacher that generated it, the raw dataset it was filtered from, their ancestors) and downstream (the students trained on it, their descendants), and the edges among them. Edge kinds: `initialized_from`, `generated`, `trained_on`, `taught`, `filtered_from`.",
      tags: ["Lineage", "Datasets"],
      responses: okResponse(
        ZLineage,
        "`{focus, nodes, edges}`: each node has `id`, `type` (`model` or `dataset`), `name`, `distance` from the focus (negative upstream, positive downstream), `provider`, `recordCount` and `measured`; each edge `source`, `target` and `kind`.",
      ),
      problems: notFoundProblem("dataset"),
    },
  },
  ({ params, query }) => getLineage(params.id, query, "dataset"),
);
