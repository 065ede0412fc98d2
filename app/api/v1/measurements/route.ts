import { created, withApi } from "@/lib/api/with-api";
import { createdResponse, okResponse } from "@/lib/api/openapi/response-docs";
import { createMeasurement } from "@/lib/measurements/create-measurement";
import { listMeasurementsPage } from "@/lib/measurements/list-measurements-page";
import { ZCreateMeasurement, ZListMeasurementsQuery, ZMeasurementDto } from "@/lib/measurements/measurement.types";
import { zPage } from "@/lib/pagination/list-schemas";

export const GET = withApi(
  {
    scope: "catalog:read",
    query: ZListMeasurementsQuery,
    docs: {
      summary: "List measurements",
      description:
        "Every measurement, newest recorded first, filtered by model, trait, protocol and seed, a page at a time.",
      tags: ["Measurements"],
      responses: okResponse(
        zPage(ZMeasurementDto),
        "A page `{items, nextCursor}`; each measurement has its `model`, `trait`, `protocol`, `kind` (`proportion` or `score`), counts, `value`, the interval `shown` (across questions when per-question counts exist, else Wilson, else as reported) besides `wilson` and `questions`, `seed`, `source`, `notes` and `measuredAt`.",
      ),
    },
  },
  ({ query }) => listMeasurementsPage(query),
);

export const POST = withApi(
  {
    scope: "catalog:write",
    body: ZCreateMeasurement,
    docs: {
      summary: "Record a measurement",
      description:
        "One of three forms: counts (`n` samples, `positives` of them showing the trait), per-question counts (`perQuestion`, up to 10,000 questions, as the paper's evaluation reports them) or a reported `value` with an optional interval (`ciLow` and `ciHigh` together, containing the value). The trait is given by slug or name, or as an object that creates it with a description on first use. Not idempotent: each call records a new measurement (seeds are separate measurements).",
      tags: ["Measurements"],
      responses: createdResponse(ZMeasurementDto, "The stored measurement, with its intervals computed."),
      problems: {
        422: "The body matches none of the three forms (`errors` lists the fields of the closest), or no model with `modelId`.",
      },
    },
  },
  async ({ actor, body }) => {
    const measurement = await createMeasurement(actor, body);
    return created(measurement, `/api/v1/measurements/${measurement.id}`);
  },
);
