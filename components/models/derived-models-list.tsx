import { ModelLink } from "@/components/entities/model-link";
import { RelationBadge } from "@/components/entities/relation-badge";
import list from "@/components/ui/item-list.module.css";
import type { ModelDetail } from "@/lib/models/get-model";

export function DerivedModelsList({ models }: { models: ModelDetail["derivedModels"] }) {
  if (models.length === 0) return <p className={list.empty}>No model records this one as its parent.</p>;
  return (
    <ul className={list.list}>
      {models.map((model) => (
        <li key={model.id} className={list.item}>
          <div className={list.main}>
            <ModelLink model={model} strong />
            <span className={list.sub}>{model.provider}</span>
          </div>
          <div className={list.meta}>{model.baseRelation && <RelationBadge relation={model.baseRelation} />}</div>
        </li>
      ))}
    </ul>
  );
}
