import { withApi } from "@/lib/api/with-api";
import { listTraits } from "@/lib/traits/list-traits";

export const GET = withApi({ scope: "catalog:read" }, async () => ({ items: await listTraits() }));
