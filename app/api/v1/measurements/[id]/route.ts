import { withApi } from "@/lib/api/with-api";
import { notFoundProblem, okResponse } from "@/lib/api/openapi/response-docs";
import { getMeasurement } from "@/lib/measurements/get-measurement";
import { ZMeasurementDto, ZMeasurementIdParams } from "@/lib/measurements/measurement.types";

export const GET = withApi(
  {
    scope: "catalog:read",
    params: ZMeasurementIdParams,
    docs: {
      summary: "Get a measurement",
      description:
        "The model, trait, protocol and counts, with the interval shown (`shown`), the Wilson interval over all samples and the across-question interval when per-question counts exist. Where POST /api/v1/measurements' Location header points.",
      tags: ["Measurements"],
      responses: okResponse(ZMeasurementDto, "The measurement, as in the list."),
      problems: notFoundProblem("measurement"),
    },
  },
  ({ params }) => getMeasurement(params.id),
);
