import { modelAndTraitInclude, type ModelAndTrait } from "@/lib/traits/model-and-trait";
import type { TraitDeclarationDto } from "./declaration.types";

export const declarationInclude = modelAndTraitInclude;

interface DeclarationRow extends ModelAndTrait {
  id: string;
  reason: string;
  declaredByLabel: string;
  isDemo: boolean;
  createdAt: Date;
}

export function toDeclarationDto(row: DeclarationRow): TraitDeclarationDto {
  return {
    id: row.id,
    model: row.model,
    trait: row.trait,
    reason: row.reason,
    declaredBy: row.declaredByLabel,
    isDemo: row.isDemo,
    createdAt: row.createdAt.toISOString(),
  };
}
