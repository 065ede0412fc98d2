import { z } from "zod";
import { externalIdSchema } from "@/lib/validation/external-id";
import { ZPageQuery } from "@/lib/pagination/cursor-page";
import { RunMethod, RunStatus } from "@/lib/generated/prisma/enums";

// The schema's enums (prisma/schema.prisma), in its order.
export const RUN_STATUSES: readonly RunStatus[] = Object.values(RunStatus);
export const RUN_METHODS: readonly RunMethod[] = Object.values(RunMethod);

export const ZListRunsQuery = z
  .object({
    status: z.enum(RunStatus).optional(),
    method: z.enum(RunMethod).optional(),
    studentId: z.string().max(100).optional(),
    teacherId: z
      .string()
      .max(100)
      .optional()
      .describe("Runs trained on data this model generated, or naming it as teacher"),
    ...ZPageQuery,
  })
  .strict();
export type TListRunsQuery = z.output<typeof ZListRunsQuery>;

const ZNamed = z.object({ id: z.string(), name: z.string() });

// What the API and the UI see of a run; the response schema in the OpenAPI document, and the type.
export const ZRunSummary = z.object({
  id: z.string(),
  method: z.string(),
  status: z.string(),
  seed: z.number().nullable(),
  externalJobId: z.string().nullable(),
  hyperparameters: z.unknown(),
  student: ZNamed,
  initializedFrom: ZNamed.nullable(),
  teachers: z.array(ZNamed),
  /** Each dataset with the teacher that generated it (or the raw data it was filtered from); null when no generation is recorded. */
  datasets: z.array(ZNamed.extend({ recordCount: z.number().int(), teacher: ZNamed.nullable() })),
  /** No teacher is recorded for the run and some of its data has no generation: who wrote that data is unknown. */
  teacherUnknown: z.boolean(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type RunSummary = z.infer<typeof ZRunSummary>;

const ZId = z.string().min(1).max(100);
const ZTimestamp = z.iso.datetime({ offset: true });

const ZNewStudent = z
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
    datasetIds: z
      .array(ZId)
      .min(1, "a run trains on at least one dataset")
      .max(100)
      .describe("The datasets the student was trained on"),
    initializedFromId: ZId.describe("The model the student was initialised from (its base)"),
    student: z
      .union([z.object({ id: ZId }).strict(), ZNewStudent])
      .describe("An existing model {id}, or a new one to create {name, provider, ...}"),
    teacherIds: z
      .array(ZId)
      .max(100)
      .default([])
      .describe("Teachers beyond those implied by the datasets' generations"),
    method: z.enum(RunMethod),
    hyperparameters: z.record(z.string(), z.unknown()).default({}),
    seed: z.number().int().optional(),
    externalJobId: externalIdSchema("The training job's id; registering it twice returns the first run"),
    status: z.enum(RunStatus).default("planned"),
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
  .object({
    status: z.enum(RunStatus).optional(),
    startedAt: ZTimestamp.nullable().optional(),
    finishedAt: ZTimestamp.nullable().optional(),
  })
  .strict()
  .refine((update) => Object.keys(update).length > 0, { path: ["body"], error: "nothing to change" });
export type TUpdateRun = z.output<typeof ZUpdateRun>;

export const ZRunIdParams = z.object({ id: ZId });

export const ZIdempotencyKey = z.string().trim().min(1).max(200);

export const ZSharedInitialization = z.object({
  teacher: ZNamed,
  student: ZNamed,
  teacherRoot: ZNamed,
  studentRoot: ZNamed,
  /** Teacher and student descend from the same root along initialized_from: the condition under which transfer was observed. */
  shared: z.boolean(),
  /** The nearest model both descend from along initialized_from (themselves included), if any. */
  nearestCommonAncestor: ZNamed.nullable(),
});
export type SharedInitialization = z.infer<typeof ZSharedInitialization>;

export const ZRunDetail = ZRunSummary.extend({ sharedInitialization: z.array(ZSharedInitialization) });
export type RunDetail = z.infer<typeof ZRunDetail>;
