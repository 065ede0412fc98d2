import { FlaskConical } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import type { ModelDto } from "@/lib/models/model-dto";
import { ModelRoleBadge } from "./model-role-badge";
import { ModelTags } from "./model-tags";
import styles from "./model-header.module.css";

export function ModelHeader({ model }: { model: ModelDto }) {
  return (
    <PageHeader
      eyebrow={
        <>
          <span className={styles.provider}>{model.provider}</span>
          {model.externalId && <code className={styles.externalId}>{model.externalId}</code>}
        </>
      }
      title={
        <span className={styles.title}>
          {model.name}
          {model.version && <span className={styles.version}>{model.version}</span>}
        </span>
      }
      description={model.description ?? undefined}
    >
      <div className={styles.badges}>
        <ModelRoleBadge model={model} />
        {model.isDemo && (
          <Badge tone="amber" icon={<FlaskConical size={11} aria-hidden="true" />} title="Part of the demo workspace: example data, not a real measurement">
            demo data
          </Badge>
        )}
        <ModelTags tags={model.tags} />
      </div>
    </PageHeader>
  );
}
