import "server-only";
import { createHash } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { retryOnUniqueViolation } from "@/lib/db/retry-on-unique-violation";
import { ConflictError, InvalidError } from "@/lib/errors/domain-errors";
import type { TCreateModelParsed } from "./model.types";
import { modelDtoInclude, toModelDto, type ModelDto } from "./model-dto";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** Fields compared when a registration repeats an existing (provider, externalId). */
const IDENTITY_FIELDS = [
  "name",
  "version",
  "description",
  "initializedFromId",
  "baseRelation",
  "systemPromptSha256",
  "systemPrompt",
  "checkpointUri",
  "checkpointSha256",
  "parameterCount",
] as const;

/**
 * Registers a model. Idempotent on (provider, externalId): repeating a registration returns the
 * existing model (created: false); a repeat that disagrees with it is a 409 naming the fields.
 */
export async function createModel(
  actor: Actor,
  input: TCreateModelParsed,
): Promise<{ model: ModelDto; created: boolean }> {
  return retryOnUniqueViolation(input.externalId !== undefined, () => registerModel(actor, input));
}

async function registerModel(actor: Actor, input: TCreateModelParsed): Promise<{ model: ModelDto; created: boolean }> {
  const promptHash = input.systemPrompt === undefined ? input.systemPromptSha256 : sha256(input.systemPrompt);
  if (
    input.systemPrompt !== undefined &&
    input.systemPromptSha256 !== undefined &&
    input.systemPromptSha256 !== promptHash
  ) {
    throw InvalidError.fields([{ field: "systemPromptSha256", message: "does not match the SHA-256 of systemPrompt" }]);
  }
  const data = {
    name: input.name,
    version: input.version ?? null,
    provider: input.provider,
    externalId: input.externalId ?? null,
    description: input.description ?? null,
    initializedFromId: input.initializedFromId ?? null,
    baseRelation: input.initializedFromId ? (input.baseRelation ?? "finetune") : null,
    systemPromptSha256: promptHash ?? null,
    systemPrompt: input.systemPrompt ?? null,
    checkpointUri: input.checkpointUri ?? null,
    checkpointSha256: input.checkpointSha256 ?? null,
    parameterCount: input.parameterCount === undefined ? null : BigInt(input.parameterCount),
    tags: [...new Set(input.tags)],
  };

  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if (data.externalId !== null) {
      const existing = await tx.model.findUnique({
        where: { provider_externalId: { provider: data.provider, externalId: data.externalId } },
        include: modelDtoInclude,
      });
      if (existing) {
        const differing = IDENTITY_FIELDS.filter((field) => String(existing[field]) !== String(data[field]));
        if (differing.length > 0) {
          throw new ConflictError(
            `A model with provider '${data.provider}' and externalId '${data.externalId}' is already registered with different ${differing.join(", ")}.`,
            {
              existingId: existing.id,
              conflictingFields: differing,
            },
          );
        }
        return { model: toModelDto(existing), created: false };
      }
    }
    if (data.initializedFromId !== null) {
      const base = await tx.model.findUnique({ where: { id: data.initializedFromId }, select: { id: true } });
      if (!base)
        throw InvalidError.fields([
          { field: "initializedFromId", message: `no model with id '${data.initializedFromId}'` },
        ]);
    }
    const model = await tx.model.create({ data: { ...data, createdById: actor.userId }, include: modelDtoInclude });
    const dto = toModelDto(model);
    await recordAuditEvent(tx, actor, { action: "model.create", entityType: "model", entityId: model.id, after: dto });
    return { model: dto, created: true };
  });
}
