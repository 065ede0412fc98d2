import { z } from "zod";
import { withApi } from "@/lib/api/with-api";
import { getTransferEffect } from "@/lib/measurements/get-transfer-effect";
import { ZRunIdParams } from "@/lib/runs/run.types";

const ZQuery = z
  .object({
    trait: z.string().max(100).optional().describe("Trait slug; every trait measured on the student by default"),
    control: z.string().max(100).optional().describe("The control student's model id; by default a student tagged 'control' with the same initialisation"),
  })
  .strict();

export const GET = withApi({ scope: "catalog:read", params: ZRunIdParams, query: ZQuery }, ({ params, query }) =>
  getTransferEffect(params.id, { trait: query.trait, controlId: query.control }),
);
