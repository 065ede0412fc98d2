import { created, withApi } from "@/lib/api/with-api";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { ZCreateUser } from "@/lib/users/user.types";

export const GET = withApi({ scope: "users:manage" }, async () => ({ items: await listUsers() }));

export const POST = withApi({ scope: "users:manage", body: ZCreateUser }, async ({ actor, body }) => {
  const user = await createUser(actor, body);
  return created(user, `/api/v1/users/${user.id}`);
});
