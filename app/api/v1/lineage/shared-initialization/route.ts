import { withApi } from "@/lib/api/with-api";
import { sharedInitializationHandler, sharedInitializationOptions } from "./shared-initialization-handler";

export const GET = withApi(sharedInitializationOptions, sharedInitializationHandler);
