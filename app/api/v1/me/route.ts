import { withApi } from "@/lib/api/with-api";

export const GET = withApi({ scope: "catalog:read" }, async ({ actor }) => ({
  userId: actor.userId,
  label: actor.label,
  role: actor.role,
  scopes: actor.scopes,
  viaToken: actor.tokenId !== null,
}));
