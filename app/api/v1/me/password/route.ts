import { z } from "zod";
import { ApiProblem } from "@/lib/api/problem";
import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { ZChangeOwnPassword } from "@/lib/users/user.types";

export const POST = withApi(
  {
    scope: "tokens:own",
    body: ZChangeOwnPassword,
    docs: {
      summary: "Change your own password",
      description:
        "Only from a signed-in browser session: an API token cannot change its owner's password, so that a leaked token is not enough to take over the account. The new password has at least 12 characters and differs from the current one.",
      tags: ["Account"],
      responses: okResponse(z.object({ changed: z.literal(true) }), "`{changed: true}`."),
      problems: {
        403: "Called with an API token rather than a session, or the caller lacks the `tokens:own` scope.",
        422: "The body does not match the schema (`errors` lists each field), or `currentPassword` is wrong.",
      },
    },
  },
  async ({ actor, body }) => {
    // A leaked token must not be enough to take over the account: only a signed-in session may.
    if (actor.tokenId !== null)
      throw new ApiProblem(403, "Change your password from a signed-in session, not with an API token.");
    return changeOwnPassword(actor, body);
  },
);
