import { created, withApi } from "@/lib/api/with-api";
import { createdResponse, notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { declareTrait } from "@/lib/declarations/declare-trait";
import { ZDeclareTrait, ZTraitDeclarationDto } from "@/lib/declarations/declaration.types";
import { listTraitDeclarations } from "@/lib/declarations/list-trait-declarations";
import { ZModelIdParams } from "@/lib/models/model.types";
import { zItems } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZModelIdParams,
    docs: {
      summary: "List a model's trait declarations",
      description:
        "The traits the model is declared to carry without a measurement (e.g. a teacher whose system prompt targets the trait), with who declared each and why.",
      tags: ["Traits", "Models"],
      responses: okResponse(
        zItems(ZTraitDeclarationDto),
        "`{items}`: each declaration's `trait`, `reason`, `declaredBy` and `createdAt`.",
      ),
      problems: notFoundProblem("model"),
    },
  },
  ({ params }) => listTraitDeclarations(params.id),
);

export const POST = withApi(
  {
    scope: "catalog:write",
    params: ZModelIdParams,
    body: ZDeclareTrait,
    docs: {
      summary: "Declare that a model carries a trait",
      description:
        "Makes the model a source of the trait without a measurement: the reference pipeline never evaluates its prompted teacher, whose trait is known from its system prompt. Every model downstream of a source (through the data it generated and through initialisation) is exposed, and listed as exposed but never measured until it is measured. The trait is created on first use. Idempotent on (model, trait): the same declaration again answers 200 with the one stored.",
      tags: ["Traits", "Models"],
      responses: {
        ...createdResponse(ZTraitDeclarationDto, "The declaration.", "/api/v1/models/{id}/declarations/{trait}"),
        ...okResponse(ZTraitDeclarationDto, "The same declaration was already stored: that one."),
      },
      problems: {
        ...notFoundProblem("model"),
        409: "The model is declared to carry the trait for another reason (`existing`).",
        422: "The body does not match the schema.",
      },
    },
  },
  async ({ actor, params, body }) => {
    const { declaration, created: isNew } = await declareTrait(actor, params.id, body);
    return isNew
      ? created(declaration, `/api/v1/models/${params.id}/declarations/${declaration.trait.slug}`)
      : Response.json(declaration);
  },
);
