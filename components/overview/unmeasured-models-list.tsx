import { CircleCheck } from "lucide-react";
import { ModelLink } from "@/components/entities/model-link";
import { RelationBadge } from "@/components/entities/relation-badge";
import { ItemList } from "@/components/ui/item-list";
import list from "@/components/ui/item-list.module.css";
import type { UnmeasuredModel } from "@/lib/workspace/list-unmeasured-models";

export function UnmeasuredModelsList({ models, total }: { models: UnmeasuredModel[]; total: number }) {
  if (models.length === 0) {
    return (
      <p className={list.allClear}>
        <CircleCheck size={15} aria-hidden="true" />
        Every model has at least one trait measurement.
      </p>
    );
  }
  return (
    <ItemList
      items={models}
      testId="unmeasured-models"
      main={(model) => (
        <>
          <ModelLink model={model} strong />
          <span className={list.sub}>
            {model.initializedFrom ? `from ${model.initializedFrom.name}` : `${model.provider} · base model`}
          </span>
        </>
      )}
      meta={(model) =>
        model.baseRelation && <RelationBadge relation={model.baseRelation} promptKnown={model.promptKnown} />
      }
      footer={
        total > models.length && (
          <li className={`${list.item} ${list.sub}`} data-testid="unmeasured-more">
            And {total - models.length} more, newest shown first.
          </li>
        )
      }
    />
  );
}
