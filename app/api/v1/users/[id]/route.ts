import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { getUser } from "@/lib/users/get-user";
import { updateUser } from "@/lib/users/update-user";
import { ZUpdateUser, ZUserDto, ZUserIdParams } from "@/lib/users/user.types";

export const GET = withApi(
  {
    scope: "users:manage",
    params: ZUserIdParams,
    docs: {
      summary: "Get a user",
      description:
        "Their email, name, role, whether they are disabled, and their last sign-in. Never the password hash.",
      tags: ["Users"],
      responses: okResponse(ZUserDto, "`id`, `email`, `name`, `role`, `disabled`, `lastSignInAt`, `createdAt`."),
      problems: notFoundProblem("user"),
    },
  },
  ({ params }) => getUser(params.id),
);

export const PATCH = withApi(
  {
    scope: "users:manage",
    params: ZUserIdParams,
    body: ZUpdateUser,
    docs: {
      summary: "Update a user",
      description:
        "Change a user's name, role or password, or disable them. Disabling takes effect at once: their sessions and every token they own are refused from the next request. A new role, a new password or disabling ends every session of the user (they sign in again). A role change applies to their tokens too, which never do more than their owner's role grants.",
      tags: ["Users"],
      responses: okResponse(
        ZUserDto,
        "The user: `id`, `email`, `name`, `role`, `disabled`, `lastSignInAt`, `createdAt`.",
      ),
      problems: {
        ...notFoundProblem("user"),
        409: "The change would leave no active admin, or an admin would disable their own account.",
      },
    },
  },
  ({ actor, params, body }) => updateUser(actor, params.id, body),
);
