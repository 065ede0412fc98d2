import { Download } from "lucide-react";
import { AuditTrailLink } from "@/components/entities/audit-trail-link";
import { DemoBadge } from "@/components/entities/demo-badge";
import { ModelTags } from "@/components/entities/model-tags";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { DetailHeader } from "@/components/ui/detail-header";
import { formatByteSize } from "@/components/ui/format-byte-size";
import type { DatasetDetail } from "@/lib/datasets/dataset.types";
import { formatInteger } from "@/lib/format/format-number";
import styles from "./dataset-header.module.css";

interface DatasetHeaderProps {
  dataset: DatasetDetail;
  /** Whether the viewer may read the audit log (scope audit:read). */
  canAudit: boolean;
}

export function DatasetHeader({ dataset, canAudit }: DatasetHeaderProps) {
  return (
    <DetailHeader
      kind="Dataset"
      identifier={{
        text: `${formatInteger(dataset.recordCount)} records · ${formatByteSize(dataset.byteSize)}`,
        className: styles.size,
        plain: true,
      }}
      title={dataset.name}
      description={dataset.description ?? undefined}
      actions={
        <>
          <BackLink href="/datasets">All datasets</BackLink>
          {canAudit && <AuditTrailLink entityType="dataset" entityId={dataset.id} />}
          {/* A plain link: the browser streams the file to disk, whatever its size. */}
          <a
            href={`/api/v1/datasets/${dataset.id}/download`}
            className={buttonClassName({ variant: "primary" })}
            download
          >
            <Download size={14} aria-hidden="true" />
            Download JSONL
          </a>
        </>
      }
      badgesTestId="dataset-badges"
      badges={
        <>
          <Badge
            tone="teal"
            title={`Uploaded as ${dataset.format.toUpperCase()}; stored and downloaded as JSONL records`}
          >
            {dataset.format.toUpperCase()}
          </Badge>
          {dataset.isDemo && <DemoBadge title="Part of the demo workspace: synthetic example data" />}
          <ModelTags tags={dataset.tags} />
        </>
      }
    />
  );
}
