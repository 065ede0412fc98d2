import type { TraitDeclarationDto } from "./declaration.types";

export const declarationInclude = {
  model: { select: { id: true, name: true } },
  trait: { select: { id: true, slug: true, name: true, higherIsWorse: true } },
} as const;

interface DeclarationRow {
  id: string;
  model: { id: string; name: string };
  trait: { id: string; slug: string; name: string; higherIsWorse: boolean };
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
