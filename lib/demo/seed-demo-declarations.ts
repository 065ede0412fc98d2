import "server-only";
import { DEMO_DECLARATIONS } from "./demo-declarations";
import type { DemoModelIds } from "./seed-demo-models";
import { recordSeeded, type SeedContext } from "./seed-context";

/** Declares the demo teachers' traits (found by model and trait), after the trait exists. */
export async function seedDemoDeclarations(ctx: SeedContext, models: DemoModelIds, traitId: string): Promise<void> {
  for (const spec of DEMO_DECLARATIONS) {
    const modelId = models[spec.model];
    if (
      await ctx.tx.traitDeclaration.findUnique({
        where: { modelId_traitId: { modelId, traitId } },
        select: { id: true },
      })
    )
      continue;
    const declaration = await ctx.tx.traitDeclaration.create({
      data: { modelId, traitId, reason: spec.reason, declaredByLabel: "system", isDemo: true },
    });
    await recordSeeded(ctx, "trait_declaration", declaration);
  }
}
