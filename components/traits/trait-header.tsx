import { PageHeader } from "@/components/ui/page-header";
import { TraitKindBadge } from "./trait-kind-badge";
import styles from "./trait-header.module.css";

interface TraitHeaderProps {
  trait: {
    slug: string;
    name: string;
    description: string | null;
    positiveDefinition: string | null;
    higherIsWorse: boolean;
  };
}

/** A trait's name, what it measures, what counts as a positive sample, and whether higher is worse. */
export function TraitHeader({ trait }: TraitHeaderProps) {
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
    >
      <div className={styles.positive}>
        <span className={styles.positiveLabel}>Counts as positive when</span>
        {trait.positiveDefinition ? (
          <span>{trait.positiveDefinition}</span>
        ) : (
          <span className={styles.missing}>Not recorded</span>
        )}
      </div>
    </PageHeader>
  );
}
