import { ApiProblem } from "@/lib/api/problem";
import { withApi } from "@/lib/api/with-api";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { ZChangeOwnPassword } from "@/lib/users/user.types";

export const POST = withApi({ scope: "tokens:own", body: ZChangeOwnPassword }, async ({ actor, body }) => {
  // A leaked token must not be enough to take over the account: only a signed-in session may.
  if (actor.tokenId !== null) throw new ApiProblem(403, "Change your password from a signed-in session, not with an API token.");
  return changeOwnPassword(actor, body);
});
