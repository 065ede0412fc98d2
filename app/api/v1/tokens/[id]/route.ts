import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { getToken } from "@/lib/tokens/get-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { ZTokenDto, ZTokenIdParams } from "@/lib/tokens/token.types";

export const GET = withApi(
  {
    scope: "tokens:own",
    params: ZTokenIdParams,
    docs: {
      summary: "Get an API token",
      description:
        "One of your own tokens, or anyone's with the `tokens:manage` scope: its name, prefix, role, owner, last use, expiry and revocation. Never the token itself, which is stored only as a hash.",
      tags: ["Account"],
      responses: okResponse(
        ZTokenDto,
        "`id`, `name`, `prefix`, `role`, `owner`, `lastUsedAt`, `expiresAt`, `revokedAt`, `createdAt`.",
      ),
      problems: { 404: "No token with that id, or it is someone else's and the caller may not manage it." },
    },
  },
  ({ actor, params }) => getToken(actor, params.id),
);

export const DELETE = withApi(
  {
    scope: "tokens:own",
    params: ZTokenIdParams,
    docs: {
      summary: "Revoke an API token",
      description:
        "One of your own tokens, or anyone's with the `tokens:manage` scope. The token is refused (401) from its next request on. Revoking a revoked token again is harmless and changes nothing. The token stays listed, with `revokedAt`.",
      tags: ["Account"],
      responses: okResponse(
        ZTokenDto,
        "The token after revocation: `id`, `name`, `prefix`, `role`, `owner`, `lastUsedAt`, `expiresAt`, `revokedAt`, `createdAt`.",
      ),
      problems: {
        404: "No token with that id, or it is someone else's and the caller may not manage it (the two are not told apart, so ids cannot be probed).",
      },
    },
  },
  ({ actor, params }) => revokeToken(actor, params.id),
);
