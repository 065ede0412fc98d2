import "server-only";
import { listUnmeasuredExposures } from "@/lib/exposure/list-unmeasured-exposures";
import { listModels } from "@/lib/models/list-models";
import { getHeatmap } from "@/lib/traits/get-heatmap";
import { getWorkspaceCounts } from "./get-workspace-counts";
import { listUnmeasuredModels } from "./list-unmeasured-models";

/** How many of the newest models, unmeasured models and unmeasured exposures the overview lists. */
const RECENT_SHOWN = 8;
const UNMEASURED_SHOWN = 12;

/** Everything the overview page shows, read at once (bench/exposure.ts times it at scale). */
export async function getOverview() {
  const [counts, recent, unmeasured, heatmap, exposures] = await Promise.all([
    getWorkspaceCounts(),
    listModels({ limit: RECENT_SHOWN }),
    listUnmeasuredModels(UNMEASURED_SHOWN),
    getHeatmap(),
    listUnmeasuredExposures({ limit: UNMEASURED_SHOWN }),
  ]);
  return { counts, recent, unmeasured, heatmap, exposures };
}
