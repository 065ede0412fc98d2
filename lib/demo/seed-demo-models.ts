import "server-only";
import { defined } from "@/lib/defined";
import { DEMO_MODELS, sha256Hex, type DemoModelKey } from "./demo-models";
import { recordSeeded, type SeedContext } from "./seed-context";

export type DemoModelIds = Record<DemoModelKey, string>;

/** Creates the demo models that are missing, found by (provider, externalId). Returns every model's id. */
export async function seedDemoModels(ctx: SeedContext): Promise<DemoModelIds> {
  const ids: Partial<DemoModelIds> = {};
  for (const spec of DEMO_MODELS) {
    const where = { provider_externalId: { provider: spec.provider, externalId: spec.externalId } };
    const existing = await ctx.tx.model.findUnique({ where, select: { id: true } });
    if (existing) {
      ids[spec.key] = existing.id;
      continue;
    }
    const model = await ctx.tx.model.create({
      data: {
        provider: spec.provider,
        externalId: spec.externalId,
        name: spec.name,
        version: spec.version,
        description: spec.description,
        tags: spec.tags,
        initializedFromId:
          spec.initializedFrom === null
            ? null
            : defined(ids[spec.initializedFrom], `demo model ${spec.initializedFrom}`),
        baseRelation: spec.baseRelation,
        systemPrompt: spec.systemPrompt,
        systemPromptSha256: spec.systemPrompt === null ? null : sha256Hex(spec.systemPrompt),
        parameterCount: spec.parameterCount,
        isDemo: true,
      },
    });
    ids[spec.key] = model.id;
    await recordSeeded(ctx, "model", model);
  }
  return ids as DemoModelIds;
}
