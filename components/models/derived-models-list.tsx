import { ModelLink } from "@/components/entities/model-link";
import { RelationBadge } from "@/components/entities/relation-badge";
import { ItemList } from "@/components/ui/item-list";
import list from "@/components/ui/item-list.module.css";
import type { ModelDetail } from "@/lib/models/get-model";

export function DerivedModelsList({ models }: { models: ModelDetail["derivedModels"] }) {
  return (
    <ItemList
      items={models}
      empty="No model records this one as its parent."
      main={(model) => (
        <>
          <ModelLink model={model} strong />
          <span className={list.sub}>{model.provider}</span>
        </>
      )}
      meta={(model) => model.baseRelation && <RelationBadge relation={model.baseRelation} />}
    />
  );
}
