import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { SCOPES } from "@/lib/auth/roles";
import { Role } from "@/lib/generated/prisma/enums";

const ZMe = z.object({
  userId: z.string(),
  label: z.string().describe("The user's email, plus the token's name when one was used"),
  role: z.enum(Role),
  scopes: z.array(z.enum(SCOPES)),
  viaToken: z.boolean(),
});

export const GET = withApi(
  {
    scope: "catalog:read",
    docs: {
      summary: "Who am I",
      description:
        "The caller as the server sees them: handy to check that a token works and what it may do. A token's scopes are those of its role, never more than its owner's role now grants.",
      tags: ["Account"],
      responses: okResponse(ZMe, "`{userId, label, role, scopes, viaToken}`."),
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
