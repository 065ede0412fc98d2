import { z } from "zod";
import { ZGroupComparison } from "./group-comparison.types";
import { ZEstimate, ZMeasurementDto } from "./measurement.types";

// GET /api/v1/runs/{id}/transfer: the schemas describe the response; the types are inferred from them.
const ZNamed = z.object({ id: z.string(), name: z.string() });

const ZSeeds = z.object({
  /** Every model whose measurements count as seeds on this side: a condition's students, or one model. */
  members: z.array(ZNamed),
  /** The measurements compared (the seeds, under `protocol`). */
  measurements: z.array(ZMeasurementDto),
  rate: ZEstimate.nullable(),
  protocol: z.string().nullable(),
});

const ZTransferSide = ZSeeds.extend({
  /** The model compared (the control condition's first student), or null when none was found. */
  model: ZNamed.nullable(),
  comparison: ZGroupComparison,
});

const ZTransferEffect = z.object({
  trait: ZMeasurementDto.shape.trait,
  student: ZSeeds.extend(ZNamed.shape),
  control: ZTransferSide,
  initialization: ZTransferSide,
});
export type TransferEffect = z.infer<typeof ZTransferEffect>;

export const ZTransferReport = z.object({
  runId: z.string(),
  /** How the control was chosen. */
  controlChoice: z.enum(["given", "control condition, same initialisation", "none found"]),
  /** The condition the run's student belongs to: the students trained from the same initialisation on the same data. */
  condition: z.object({ members: z.array(ZNamed), datasets: z.array(ZNamed) }),
  effects: z.array(ZTransferEffect),
});
export type TransferReport = z.infer<typeof ZTransferReport>;
