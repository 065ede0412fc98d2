import "server-only";
import { recordAuditedEntity, type AuditActor } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db/connect";
import type { TTraitSpec } from "@/lib/measurements/measurement.types";
import { slugify } from "./slugify";

/** The trait named by a slug or name, created (and audited) on first use. */
export async function resolveTrait(tx: Tx, actor: AuditActor, spec: TTraitSpec) {
  const described = typeof spec === "string" ? { name: spec } : spec;
  const slug = typeof spec === "string" ? slugify(spec) : (spec.slug ?? slugify(spec.name));
  const existing = await tx.trait.findUnique({ where: { slug } });
  if (existing) return existing;
  const created = await tx.trait.create({
    data: {
      slug,
      name: described.name,
      description: typeof spec === "string" ? null : spec.description,
      positiveDefinition: typeof spec === "string" ? null : spec.positiveDefinition,
      higherIsWorse: typeof spec === "string" ? true : (spec.higherIsWorse ?? true),
    },
  });
  return recordAuditedEntity(tx, actor, created, { action: "trait.create", entityType: "trait", entityId: created.id });
}
