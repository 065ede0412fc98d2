import { created, withApi } from "@/lib/api/with-api";
import { createMeasurement } from "@/lib/measurements/create-measurement";
import { listMeasurements } from "@/lib/measurements/list-measurements";
import { ZCreateMeasurement, ZListMeasurementsQuery } from "@/lib/measurements/measurement.types";

export const GET = withApi({ scope: "catalog:read", query: ZListMeasurementsQuery }, async ({ query }) => ({ items: await listMeasurements(query) }));

export const POST = withApi({ scope: "catalog:write", body: ZCreateMeasurement }, async ({ actor, body }) => {
  const measurement = await createMeasurement(actor, body);
  return created(measurement, `/api/v1/measurements/${measurement.id}`);
});
