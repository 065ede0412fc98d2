import Link from "next/link";
import { ModelLink } from "@/components/entities/model-link";
import { ModelRoleBadge } from "@/components/entities/model-role-badge";
import { ItemList } from "@/components/ui/item-list";
import list from "@/components/ui/item-list.module.css";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ModelDto } from "@/lib/models/model-dto";

export function RecentModelsList({ models }: { models: ModelDto[] }) {
  if (models.length === 0) {
    return (
      <p className={list.empty}>
        No models yet. Register one with <code>POST /api/v1/models</code>, or see{" "}
        <Link href="/models" className={list.inlineLink}>
          Models
        </Link>
        .
      </p>
    );
  }
  return (
    <ItemList
      items={models}
      main={(model) => (
        <>
          <ModelLink model={model} strong />
          <span className={list.sub}>
            {model.provider}
            {model.initializedFrom && ` · from ${model.initializedFrom.name}`}
          </span>
        </>
      )}
      meta={(model) => (
        <>
          <ModelRoleBadge model={model} />
          <span className="subtle">
            <RelativeTime iso={model.createdAt} />
          </span>
        </>
      )}
    />
  );
}
