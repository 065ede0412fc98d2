// The path this check had before names took one spelling ("initialization"), kept for clients written
// against it: it answers the same, marked deprecated, naming its successor.
import { withApi } from "@/lib/api/with-api";
import {
  sharedInitializationHandler,
  sharedInitializationOptions,
} from "../shared-initialization/shared-initialization-handler";

export const GET = withApi(
  {
    ...sharedInitializationOptions,
    docs: { ...sharedInitializationOptions.docs, deprecatedFor: "/api/v1/lineage/shared-initialization" },
  },
  sharedInitializationHandler,
);
