import { withApi } from "@/lib/api/with-api";
import { okResponse } from "@/lib/api/openapi/response-docs";
import { ZDeclarationParams, ZTraitDeclarationDto } from "@/lib/declarations/declaration.types";
import { getTraitDeclaration } from "@/lib/declarations/get-trait-declaration";
import { withdrawTraitDeclaration } from "@/lib/declarations/withdraw-trait-declaration";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZDeclarationParams,
    docs: {
      summary: "Get a model's declaration of a trait",
      description: "By the trait's slug. Where POST /api/v1/models/{id}/declarations' Location header points.",
      tags: ["Traits", "Models"],
      responses: okResponse(ZTraitDeclarationDto, "The declaration."),
      problems: { 404: "No such model, or it has no declaration of that trait." },
    },
  },
  ({ params }) => getTraitDeclaration(params.id, params.trait),
);

export const DELETE = withApi(
  {
    scope: "catalog:write",
    params: ZDeclarationParams,
    docs: {
      summary: "Withdraw a model's declaration of a trait",
      description:
        "The model stops being a source of the trait (unless it is measured above its initialisation); its descendants' exposure through it ends. Audited with what was declared.",
      tags: ["Traits", "Models"],
      responses: okResponse(ZTraitDeclarationDto, "The declaration that was withdrawn."),
      problems: { 404: "No such model, or it has no declaration of that trait." },
    },
  },
  ({ actor, params }) => withdrawTraitDeclaration(actor, params.id, params.trait),
);
