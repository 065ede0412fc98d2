import { ArrowLeft, Download, FlaskConical } from "lucide-react";
import Link from "next/link";
import { ModelTags } from "@/components/entities/model-tags";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import detail from "@/components/ui/detail-header.module.css";
import { formatByteSize } from "@/components/ui/format-byte-size";
import { PageHeader } from "@/components/ui/page-header";
import type { DatasetDetail } from "@/lib/datasets/dataset.types";
import { formatInteger } from "@/lib/format/format-number";
import styles from "./dataset-header.module.css";

export function DatasetHeader({ dataset }: { dataset: DatasetDetail }) {
  return (
    <PageHeader
      eyebrow={
        <>
          <span className={detail.kind}>Dataset</span>
          <span className={`${detail.identifier} ${styles.size}`}>
            {formatInteger(dataset.recordCount)} records · {formatByteSize(dataset.byteSize)}
          </span>
        </>
      }
      title={dataset.name}
      description={dataset.description ?? undefined}
      actions={
        <>
          <Link href="/datasets" className={buttonClassName({ variant: "secondary" })}>
            <ArrowLeft size={14} aria-hidden="true" />
            All datasets
          </Link>
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
    >
      <div className={detail.badges} data-testid="dataset-badges">
        <Badge
          tone="teal"
          title={`Uploaded as ${dataset.format.toUpperCase()}; stored and downloaded as JSONL records`}
        >
          {dataset.format.toUpperCase()}
        </Badge>
        {dataset.isDemo && (
          <Badge
            tone="amber"
            icon={<FlaskConical size={11} aria-hidden="true" />}
            title="Part of the demo workspace: synthetic example data"
          >
            demo data
          </Badge>
        )}
        <ModelTags tags={dataset.tags} />
      </div>
    </PageHeader>
  );
}
