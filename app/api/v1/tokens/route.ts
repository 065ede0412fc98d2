import { ApiProblem } from "@/lib/api/problem";
import { created, withApi } from "@/lib/api/with-api";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";
import { ZCreateToken, ZListTokensQuery } from "@/lib/tokens/token.types";

export const GET = withApi({ scope: "tokens:own", query: ZListTokensQuery }, async ({ actor, query }) => {
  const everyone = query.all === "1";
  if (everyone && !actor.scopes.includes("tokens:manage")) throw new ApiProblem(403, "Listing every user's tokens needs the 'tokens:manage' scope.");
  return { items: await listTokens(actor, everyone) };
});

export const POST = withApi({ scope: "tokens:own", body: ZCreateToken }, async ({ actor, body }) => {
  const token = await createToken(actor, body);
  return created(token, `/api/v1/tokens/${token.id}`);
});
