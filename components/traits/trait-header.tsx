import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { TraitKindBadge } from "./trait-kind-badge";
import { PositiveDefinition } from "./positive-definition";
import styles from "./trait-header.module.css";

interface TraitHeaderProps {
  trait: {
    slug: string;
    name: string;
    description: string | null;
    positiveDefinition: string | null;
    higherIsWorse: boolean;
  };
  /** Buttons beside the title (under it on a phone). */
  actions?: ReactNode;
}

/** A trait's name, what it measures, what counts as a positive sample, and whether higher is worse. */
export function TraitHeader({ trait, actions }: TraitHeaderProps) {
  return (
    <PageHeader
      eyebrow={
        <>
          <code className={styles.slug}>{trait.slug}</code>
          <TraitKindBadge higherIsWorse={trait.higherIsWorse} />
        </>
      }
      title={trait.name}
      description={trait.description ?? "No description recorded."}
      actions={actions}
    >
      <PositiveDefinition definition={trait.positiveDefinition} classes={styles} />
    </PageHeader>
  );
}
