import { ExportMenu } from "@/components/entities/export-menu";
import { moreOptionsLink } from "@/components/entities/more-options-link";
import { TraitHeader } from "./trait-header";
import styles from "./trait-page-header.module.css";

interface TraitPageHeaderProps {
  trait: Parameters<typeof TraitHeader>[0]["trait"];
  /** Whether the viewer may export signed reports (scope reports:export), and there is anything to report. */
  canExport: boolean;
}

/** The trait's header, with "Export" for its report across every model measured for it. */
export function TraitPageHeader({ trait, canExport }: TraitPageHeaderProps) {
  if (!canExport) return <TraitHeader trait={trait} />;
  return (
    <div className={styles.row}>
      <div className={styles.header}>
        <TraitHeader trait={trait} />
      </div>
      <div className={styles.actions}>
        <ExportMenu
          target={{ scope: "trait", traitSlug: trait.slug }}
          subjectName={trait.name}
          heading="Every model measured for it, with their ancestors"
          links={[moreOptionsLink({ scope: "trait", traitSlug: trait.slug })]}
        />
      </div>
    </div>
  );
}
