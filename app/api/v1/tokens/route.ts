import { ApiProblem } from "@/lib/api/problem";
import { created, withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";
import { ZCreatedToken, ZCreateToken, ZListTokensQuery, ZTokenDto } from "@/lib/tokens/token.types";
import { zItems } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "tokens:own",
    query: ZListTokensQuery,
    docs: {
      summary: "List API tokens",
      description:
        "Your own tokens, or with `all=1` (needs `tokens:manage`) every user's; active ones first. A token is shown by its prefix only: the secret is never stored.",
      tags: ["Account"],
      responses: okResponse(
        zItems(ZTokenDto),
        "`{items}`; each token has `id`, `name`, `prefix`, `role`, `owner`, `lastUsedAt` (to the minute), `expiresAt`, `revokedAt` and `createdAt`.",
      ),
      problems: { 403: "`all=1` without the `tokens:manage` scope, or the caller lacks the `tokens:own` scope." },
    },
  },
  async ({ actor, query }) => {
    const everyone = query.all === "1";
    if (everyone && !actor.scopes.includes("tokens:manage"))
      throw new ApiProblem(403, "Listing every user's tokens needs the 'tokens:manage' scope.");
    return { items: await listTokens(actor, everyone) };
  },
);

export const POST = withApi(
  {
    scope: "tokens:own",
    body: ZCreateToken,
    docs: {
      summary: "Create an API token",
      description:
        "A token for scripts and CI (`Authorization: Bearer pdg_...`). It acts as your role or a lesser one (`role`) and never does more than your role grants at the time of each request. The secret is in the response once, and stored only as a hash: keep it, it cannot be shown again. Optionally expires at `expiresAt`.",
      tags: ["Account"],
      responses: createdResponse(
        ZCreatedToken,
        "The token, with the secret `token` (shown this once) besides `id`, `name`, `prefix`, `role`, `owner` and `expiresAt`.",
      ),
      problems: {
        403: "`role` is above the role you act as now (a token acts as the lesser of its role and its owner's current one); `role` names it.",
        422: "The body does not match the schema (`errors` lists each field): no name or an expiry in the past.",
      },
    },
  },
  async ({ actor, body }) => {
    const token = await createToken(actor, body);
    return created(token, `/api/v1/tokens/${token.id}`);
  },
);
