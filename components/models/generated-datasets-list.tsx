import Link from "next/link";
import list from "@/components/ui/item-list.module.css";
import { formatInteger } from "@/lib/format/format-number";
import type { ModelDetail } from "@/lib/models/get-model";

export function GeneratedDatasetsList({ generations }: { generations: ModelDetail["generated"] }) {
  if (generations.length === 0) return <p className={list.empty}>This model has generated no recorded dataset.</p>;
  return (
    <ul className={list.list}>
      {generations.map((generation) => {
        const settings = [
          generation.temperature !== null && `temperature ${generation.temperature}`,
          generation.seed !== null && `seed ${generation.seed}`,
        ].filter(Boolean);
        return (
          <li key={generation.id} className={list.item}>
            <div className={list.main}>
              {generation.dataset ? (
                <Link href={`/datasets/${generation.dataset.id}`} className={list.titleLink}>
                  {generation.dataset.name}
                </Link>
              ) : (
                <span className="subtle">Dataset not uploaded yet</span>
              )}
              {settings.length > 0 && <span className={list.sub}>{settings.join(" · ")}</span>}
            </div>
            {generation.dataset && (
              <div className={list.meta}>{formatInteger(generation.dataset.recordCount)} records</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
