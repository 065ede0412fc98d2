import { TriangleAlert } from "lucide-react";
import { ModelLink } from "@/components/entities/model-link";
import { ModelRoleBadge } from "@/components/entities/model-role-badge";
import { ModelTags } from "@/components/entities/model-tags";
import { RelationBadge } from "@/components/entities/relation-badge";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import table from "@/components/ui/data-table.module.css";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatInteger } from "@/lib/format/format-number";
import type { ModelDto } from "@/lib/models/model-dto";
import styles from "./models-table.module.css";

const dash = <span className={table.dash}>—</span>;

function BaseRelation({ model }: { model: ModelDto }) {
  if (!model.baseRelation) return null;
  return <RelationBadge relation={model.baseRelation} promptKnown={model.systemPromptSha256 !== null} />;
}

const COLUMNS: DataColumn<ModelDto>[] = [
  {
    header: "Name",
    className: styles.nameCell,
    cell: (model) => (
      <>
        <ModelLink model={model} strong />
        {model.externalId && (
          <span className={table.secondary} title={model.externalId}>
            {model.externalId}
          </span>
        )}
      </>
    ),
  },
  { header: "Provider", className: table.nowrap, cell: (model) => model.provider },
  {
    header: "Initialised from",
    className: styles.parentCell,
    cell: (model) => (
      <>
        {model.initializedFrom ? <ModelLink model={model.initializedFrom} /> : dash}
        {model.baseRelation && (
          <span className={styles.relationInline}>
            <BaseRelation model={model} />
          </span>
        )}
      </>
    ),
  },
  {
    header: "Relation",
    headerClassName: styles.relationColumn,
    className: styles.relationColumn,
    cell: (model) => (model.baseRelation ? <BaseRelation model={model} /> : dash),
  },
  {
    header: "Role",
    cell: (model) => (
      <div className={styles.roleCell}>
        <ModelRoleBadge model={model} />
        <ModelTags tags={model.tags} max={3} />
      </div>
    ),
  },
  {
    header: "Measurements",
    numeric: true,
    cell: (model) =>
      model.measurementCount === 0 ? (
        <Badge
          tone="amber"
          icon={<TriangleAlert size={11} aria-hidden="true" />}
          title="No trait has been measured on this model"
        >
          unmeasured
        </Badge>
      ) : (
        formatInteger(model.measurementCount)
      ),
  },
  { header: "Registered", numeric: true, className: "muted", cell: (model) => <RelativeTime iso={model.createdAt} /> },
];

export function ModelsTable({ models }: { models: ModelDto[] }) {
  return <DataTable className={styles.table} columns={COLUMNS} rows={models} />;
}
