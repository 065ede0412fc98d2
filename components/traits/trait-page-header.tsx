import { AuditTrailLink } from "@/components/entities/audit-trail-link";
import { ExportMenu } from "@/components/entities/export-menu";
import { moreOptionsLink } from "@/components/entities/more-options-link";
import type { TraitDefinition } from "@/lib/traits/trait.types";
import { TraitHeader } from "./trait-header";

interface TraitPageHeaderProps {
  trait: TraitDefinition;
  /** Whether the viewer may export signed reports (scope reports:export), and there is anything to report. */
  canExport: boolean;
  /** Whether the viewer may read the audit log (scope audit:read). */
  canAudit: boolean;
}

/** The trait's header, with its audit trail and "Export" for its report across every model measured for it. */
export function TraitPageHeader({ trait, canExport, canAudit }: TraitPageHeaderProps) {
  if (!canExport && !canAudit) return <TraitHeader trait={trait} />;
  return (
    <TraitHeader
      trait={trait}
      actions={
        <>
          {canAudit && <AuditTrailLink entityType="trait" entityId={trait.id} />}
          {canExport && (
            <ExportMenu
              target={{ scope: "trait", traitSlug: trait.slug }}
              subjectName={trait.name}
              heading="Every model measured for it, with their ancestors"
              links={[moreOptionsLink({ scope: "trait", traitSlug: trait.slug })]}
            />
          )}
        </>
      }
    />
  );
}
