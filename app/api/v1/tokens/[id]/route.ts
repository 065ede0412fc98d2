import { withApi } from "@/lib/api/with-api";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { ZTokenIdParams } from "@/lib/tokens/token.types";

export const DELETE = withApi({ scope: "tokens:own", params: ZTokenIdParams }, ({ actor, params }) => revokeToken(actor, params.id));
