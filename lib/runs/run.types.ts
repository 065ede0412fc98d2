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
  /** Each dataset with the teacher that generated it (or the raw data it was filtered from); null when no generation is recorded. */
  datasets: { id: string; name: string; recordCount: number; teacher: { id: string; name: string } | null }[];
  /** No teacher is recorded for the run and some of its data has no generation: who wrote that data is unknown. */
  teacherUnknown: boolean;
  startedAt: string | null;
  finishedAt: string | null;
  isDemo: boolean;
  createdAt: string;
}

const ZId = z.string().min(1).max(100);
const ZTimestamp = z.iso.datetime({ offset: true });

export const ZNewStudent = z
  .object({
    name: z.string().trim().min(1).max(200),
    version: z.string().trim().min(1).max(100).optional(),
    provider: z.string().trim().min(1).max(100),
    externalId: z.string().trim().min(1).max(300).optional(),
    description: z.string().trim().max(5000).optional(),
    checkpointUri: z.string().trim().min(1).max(2000).optional(),
    tags: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
  })
  .strict();

export const ZCreateRun = z
  .object({
    datasetIds: z.array(ZId).min(1, "a run trains on at least one dataset").max(100).describe("The datasets the student was trained on"),
    initializedFromId: ZId.describe("The model the student was initialised from (its base)"),
    student: z.union([z.object({ id: ZId }).strict(), ZNewStudent]).describe("An existing model {id}, or a new one to create {name, provider, ...}"),
    teacherIds: z.array(ZId).max(100).default([]).describe("Teachers beyond those implied by the datasets' generations"),
    method: z.enum(RUN_METHODS),
    hyperparameters: z.record(z.string(), z.unknown()).default({}),
    seed: z.number().int().optional(),
    externalJobId: z.string().trim().min(1).max(300).optional().describe("The training job's id; registering it twice returns the first run"),
    status: z.enum(RUN_STATUSES).default("planned"),
    startedAt: ZTimestamp.optional(),
    finishedAt: ZTimestamp.optional(),
  })
  .strict()
  .refine((run) => !run.startedAt || !run.finishedAt || new Date(run.finishedAt) >= new Date(run.startedAt), {
    path: ["finishedAt"],
    error: "must not be before startedAt",
  });
export type TCreateRun = z.output<typeof ZCreateRun>;

export const ZUpdateRun = z
  .object({ status: z.enum(RUN_STATUSES).optional(), startedAt: ZTimestamp.nullable().optional(), finishedAt: ZTimestamp.nullable().optional() })
  .strict()
  .refine((update) => Object.keys(update).length > 0, { path: ["body"], error: "nothing to change" });
export type TUpdateRun = z.output<typeof ZUpdateRun>;

export const ZRunIdParams = z.object({ id: ZId });

export const ZIdempotencyKey = z.string().trim().min(1).max(200);

export interface SharedInitialisation {
  teacher: { id: string; name: string };
  student: { id: string; name: string };
  teacherRoot: { id: string; name: string };
  studentRoot: { id: string; name: string };
  /** Teacher and student descend from the same root along initialized_from: the condition under which transfer was observed. */
  shared: boolean;
  /** The nearest model both descend from along initialized_from (themselves included), if any. */
  nearestCommonAncestor: { id: string; name: string } | null;
}

export interface RunDetail extends RunSummary {
  sharedInitialisation: SharedInitialisation[];
}
