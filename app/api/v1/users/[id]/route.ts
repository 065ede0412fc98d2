import { withApi } from "@/lib/api/with-api";
import { updateUser } from "@/lib/users/update-user";
import { ZUpdateUser, ZUserIdParams } from "@/lib/users/user.types";

export const PATCH = withApi({ scope: "users:manage", params: ZUserIdParams, body: ZUpdateUser }, ({ actor, params, body }) =>
  updateUser(actor, params.id, body),
);
