import { AuditTrailLink } from "@/components/entities/audit-trail-link";
import { DemoBadge } from "@/components/entities/demo-badge";
import { ExportMenu } from "@/components/entities/export-menu";
import { moreOptionsLink } from "@/components/entities/more-options-link";
import { ModelRoleBadge } from "@/components/entities/model-role-badge";
import { ModelTags } from "@/components/entities/model-tags";
import { DetailHeader } from "@/components/ui/detail-header";
import type { ModelDto } from "@/lib/models/model-dto";
import { reportsPageHref } from "@/lib/reports/report-target";
import styles from "./model-header.module.css";

interface ModelHeaderProps {
  model: ModelDto;
  /** Whether the viewer may export signed reports (scope reports:export). */
  canExport: boolean;
  /** Whether the viewer may read the audit log (scope audit:read). */
  canAudit: boolean;
}

export function ModelHeader({ model, canExport, canAudit }: ModelHeaderProps) {
  return (
    <DetailHeader
      kind={model.provider}
      identifier={model.externalId ? { text: model.externalId } : null}
      title={
        <span className={styles.title}>
          {model.name}
          {model.version && <span className={styles.version}>{model.version}</span>}
        </span>
      }
      description={model.description ?? undefined}
      actions={
        (canAudit || canExport) && (
          <>
            {canAudit && <AuditTrailLink entityType="model" entityId={model.id} />}
            {canExport && (
              <ExportMenu
                target={{ scope: "model", modelId: model.id }}
                subjectName={model.name}
                heading="The model and all its ancestors"
                links={[
                  {
                    label: "Whole lineage…",
                    description: "Also every model descended from it: choose the format.",
                    href: reportsPageHref({ scope: "lineage", modelId: model.id }),
                  },
                  moreOptionsLink({ scope: "model", modelId: model.id }),
                ]}
              />
            )}
          </>
        )
      }
      badges={
        <>
          <ModelRoleBadge model={model} />
          {model.isDemo && <DemoBadge title="Part of the demo workspace: example data, not a real measurement" />}
          <ModelTags tags={model.tags} />
        </>
      }
    />
  );
}
