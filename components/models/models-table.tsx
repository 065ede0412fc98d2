import { TriangleAlert } from "lucide-react";
import { ModelLink } from "@/components/entities/model-link";
import { ModelRoleBadge } from "@/components/entities/model-role-badge";
import { ModelTags } from "@/components/entities/model-tags";
import { RelationBadge } from "@/components/entities/relation-badge";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatInteger } from "@/lib/format/format-number";
import type { ModelDto } from "@/lib/models/model-dto";
import styles from "./models-table.module.css";

export function ModelsTable({ models }: { models: ModelDto[] }) {
  return (
    <DataTable
      className={styles.table}
      head={
        <>
          <th scope="col">Name</th>
          <th scope="col">Provider</th>
          <th scope="col">Initialised from</th>
          <th scope="col" className={styles.relationColumn}>
            Relation
          </th>
          <th scope="col">Role</th>
          <th scope="col" className={table.num}>
            Measurements
          </th>
          <th scope="col" className={table.num}>
            Registered
          </th>
        </>
      }
    >
      {models.map((model) => (
        <tr key={model.id}>
          <td className={styles.nameCell}>
            <ModelLink model={model} strong />
            {model.externalId && (
              <span className={table.secondary} title={model.externalId}>
                {model.externalId}
              </span>
            )}
          </td>
          <td className={table.nowrap}>{model.provider}</td>
          <td className={styles.parentCell}>
            {model.initializedFrom ? (
              <ModelLink model={model.initializedFrom} />
            ) : (
              <span className={table.dash}>—</span>
            )}
            {model.baseRelation && (
              <span className={styles.relationInline}>
                <RelationBadge relation={model.baseRelation} promptKnown={model.systemPromptSha256 !== null} />
              </span>
            )}
          </td>
          <td className={styles.relationColumn}>
            {model.baseRelation ? (
              <RelationBadge relation={model.baseRelation} promptKnown={model.systemPromptSha256 !== null} />
            ) : (
              <span className={table.dash}>—</span>
            )}
          </td>
          <td>
            <div className={styles.roleCell}>
              <ModelRoleBadge model={model} />
              <ModelTags tags={model.tags} max={3} />
            </div>
          </td>
          <td className={table.num}>
            {model.measurementCount === 0 ? (
              <Badge
                tone="amber"
                icon={<TriangleAlert size={11} aria-hidden="true" />}
                title="No trait has been measured on this model"
              >
                unmeasured
              </Badge>
            ) : (
              formatInteger(model.measurementCount)
            )}
          </td>
          <td className={`${table.num} muted`}>
            <RelativeTime iso={model.createdAt} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
