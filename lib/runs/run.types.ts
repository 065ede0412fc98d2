import { z } from "zod";
import { ZPageQuery } from "@/lib/pagination/cursor-page";

export const RUN_STATUSES = ["planned", "running", "succeeded", "failed", "cancelled"] as const;
export const RUN_METHODS = ["sft", "lora", "logit_distillation", "other"] as const;

export const ZListRunsQuery = z
  .object({
    status: z.enum(RUN_STATUSES).optional(),
    method: z.enum(RUN_METHODS).optional(),
    studentId: z.string().max(100).optional(),
    teacherId: z.string().max(100).optional().describe("Runs trained on data this model generated, or naming it as teacher"),
    ...ZPageQuery,
  })
  .strict();
export type TListRunsQuery = z.output<typeof ZListRunsQuery>;

export interface RunSummary {
  id: string;
  method: string;
  status: string;
  seed: number | null;
  externalJobId: string | null;
  hyperparameters: unknown;
  student: { id: string; name: string };
  initializedFrom: { id: string; name: string } | null;
  teachers: { id: string; name: string }[];
  datasets: { id: string; name: string; recordCount: number }[];
  startedAt: string | null;
  finishedAt: string | null;
  isDemo: boolean;
  createdAt: string;
}
