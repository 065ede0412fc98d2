import { withApi } from "@/lib/api/with-api";
import { getHeatmap } from "@/lib/traits/get-heatmap";

/** Models by traits: the latest measurement of each, and whether its interval excludes the base model's rate. */
export const GET = withApi({ scope: "catalog:read" }, () => getHeatmap());
