import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { getGeneration } from "@/lib/generations/get-generation";
import { ZGenerationDto, ZGenerationIdParams } from "@/lib/generations/generation.types";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZGenerationIdParams,
    docs: {
      summary: "Get a generation",
      description:
        "The teacher, the dataset it produced (once uploaded), and the sampling settings. Where POST /api/v1/generations' Location header points.",
      tags: ["Generations"],
      responses: okResponse(ZGenerationDto, "The generation, as in the list."),
      problems: notFoundProblem("generation"),
    },
  },
  ({ params }) => getGeneration(params.id),
);
