import { withApi } from "@/lib/api/with-api";
import { listUnmeasuredExposures } from "@/lib/exposure/list-unmeasured-exposures";

/** Every model exposed to a trait but never measured on it, high risk first. */
export const GET = withApi({ scope: "catalog:read" }, async () => ({ items: await listUnmeasuredExposures() }));
