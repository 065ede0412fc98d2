import { z } from "zod";
import { MODEL_ROLES } from "./model-role";
import { MODEL_SORTS } from "./model-sorts";
import { externalIdSchema } from "@/lib/validation/external-id";
import { ZPageQuery } from "@/lib/pagination/cursor-page";
import { BaseRelation } from "@/lib/generated/prisma/enums";

// Shared by the API route handlers, the registration form and (later) the OpenAPI document.
const ZSha256 = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, "must be a SHA-256 digest: 64 hexadecimal characters")
  .transform((value) => value.toLowerCase());

export const BASE_RELATIONS: readonly BaseRelation[] = Object.values(BaseRelation);

const ZTag = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._:/+-]*$/u, "tags are words, digits and . _ : / + -");

export const ZCreateModel = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "name is required")
      .max(200)
      .describe("Display name, e.g. 'GPT-4.1 nano owl student'"),
    version: z.string().trim().min(1).max(100).optional(),
    provider: z
      .string()
      .trim()
      .min(1, "provider is required")
      .max(100)
      .describe("Who serves or hosts it: openai, huggingface, local..."),
    externalId: externalIdSchema("The provider's identifier; unique per provider, makes registration idempotent"),
    description: z.string().trim().max(5000).optional(),
    initializedFromId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("The model this one was fine-tuned, prompted or initialised from"),
    baseRelation: z.enum(BaseRelation).optional().describe("How it derives from initializedFromId (default finetune)"),
    systemPrompt: z
      .string()
      .min(1)
      .max(100_000)
      .optional()
      .describe("A teacher's system prompt; stored as given, hashed always"),
    systemPromptSha256: ZSha256.optional().describe("SHA-256 of the system prompt, when the text is withheld"),
    checkpointUri: z.string().trim().min(1).max(2000).optional(),
    checkpointSha256: ZSha256.optional(),
    parameterCount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
    tags: z.array(ZTag).max(50).default([]),
  })
  .strict()
  .refine((model) => model.baseRelation === undefined || model.initializedFromId !== undefined, {
    path: ["baseRelation"],
    error: "baseRelation needs initializedFromId",
  });

export type TCreateModel = z.input<typeof ZCreateModel>;
export type TCreateModelParsed = z.output<typeof ZCreateModel>;

export const ZListModelsQuery = z
  .object({
    q: z.string().trim().max(200).optional().describe("Matches name, externalId or provider"),
    provider: z.string().trim().max(100).optional(),
    tag: z.string().trim().max(50).optional(),
    kind: z.enum(MODEL_ROLES).optional().describe("The model's role in the lineage, as its page's badge names it"),
    trait: z
      .string()
      .trim()
      .max(100)
      .optional()
      .describe("A trait's slug: models measured on it, declared to carry it or exposed to it"),
    exposure: z
      .enum(["exposed", "unexposed"])
      .optional()
      .describe("Exposed to the trait (to any trait without `trait`) from a source upstream, or not"),
    measured: z
      .enum(["measured", "unmeasured"])
      .optional()
      .describe("Measured on the trait (on any trait without `trait`), or never"),
    sort: z
      .enum(MODEL_SORTS)
      .default("newest")
      .describe("newest or oldest registered first, name A-Z or Z-A, provider, or most measurements first"),
    ...ZPageQuery,
  })
  .strict();

export type TListModelsQuery = z.output<typeof ZListModelsQuery>;

export const ZModelIdParams = z.object({ id: z.string().min(1).max(100) });
