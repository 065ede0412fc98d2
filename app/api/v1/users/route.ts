import { created, withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { ZCreateUser, ZUserDto } from "@/lib/users/user.types";
import { zItems } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "users:manage",
    docs: {
      summary: "List users",
      description: "Every user of the workspace, admins first. Not paginated: a workspace has tens of users.",
      tags: ["Users"],
      responses: okResponse(
        zItems(ZUserDto),
        "`{items}`; each user has `id`, `email`, `name`, `role`, `disabled`, `lastSignInAt` and `createdAt`.",
      ),
    },
  },
  async () => ({ items: await listUsers() }),
);

export const POST = withApi(
  {
    scope: "users:manage",
    body: ZCreateUser,
    docs: {
      summary: "Add a user",
      description:
        "Creates a user who signs in with this email and password (at least 12 characters); the role defaults to viewer.",
      tags: ["Users"],
      responses: createdResponse(
        ZUserDto,
        "The user: `id`, `email`, `name`, `role`, `disabled`, `lastSignInAt`, `createdAt`.",
      ),
      problems: { 409: "A user with this email already exists." },
    },
  },
  async ({ actor, body }) => {
    const user = await createUser(actor, body);
    return created(user, `/api/v1/users/${user.id}`);
  },
);
