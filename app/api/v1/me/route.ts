import { withApi } from "@/lib/api/with-api";

export const GET = withApi(
  {
    scope: "catalog:read",
    docs: {
      summary: "Who am I",
      description: "The caller as the server sees them: handy to check that a token works and what it may do. A token's scopes are those of its role, never more than its owner's role now grants.",
      tags: ["Account"],
      responses: { 200: { description: "`{userId, label, role, scopes, viaToken}`." } },
    },
  },
  ({ actor }) =>
    Promise.resolve({
      userId: actor.userId,
      label: actor.label,
      role: actor.role,
      scopes: actor.scopes,
      viaToken: actor.tokenId !== null,
    }),
);
