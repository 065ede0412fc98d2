"use client";
import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";
import { ModelPicker } from "@/components/entities/model-picker";
import { FilterSelect } from "@/components/ui/filter-select";
import { Spinner } from "@/components/ui/spinner";
import type { ModelRef } from "@/lib/models/model-dto";
import { DirectionToggle } from "./direction-toggle";
import type { LineageDirection } from "./lineage-words";
import styles from "./lineage-explorer.module.css";

const DEPTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

interface LineageExplorerProps {
  selected: ModelRef | null;
  modelOptions: ModelRef[];
  direction: LineageDirection;
  depth: number;
  /** The lineage for the current URL, rendered on the server. */
  children: ReactNode;
}

/** The controls of /lineage. Every choice is a new URL, so that a view can be shared. */
export function LineageExplorer({ selected, modelOptions, direction, depth, children }: LineageExplorerProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const depthOptions = [...new Set([...DEPTHS, depth])]
    .sort((a, b) => a - b)
    .map((d) => ({ value: String(d), label: String(d) }));

  function go(next: { model?: string; direction?: LineageDirection; depth?: number }) {
    const params = new URLSearchParams();
    const model = next.model ?? selected?.id;
    if (model) params.set("model", model);
    params.set("direction", next.direction ?? direction);
    params.set("depth", String(next.depth ?? depth));
    startTransition(() => router.push(`/lineage?${params}`, { scroll: false }));
  }

  return (
    <div className={styles.explorer}>
      <div className={styles.controls}>
        <ModelPicker selected={selected} initialOptions={modelOptions} onSelect={(model) => go({ model: model.id })} />
        <div className={styles.secondary}>
          <DirectionToggle value={direction} onChange={(value) => go({ direction: value })} />
          <FilterSelect
            label="Depth"
            value={String(depth)}
            options={depthOptions}
            onChange={(value) => go({ depth: Number(value) })}
          />
          {pending && <Spinner size={14} label="Loading lineage" />}
        </div>
      </div>
      <div className={styles.view} data-pending={pending || undefined} aria-busy={pending}>
        {children}
      </div>
    </div>
  );
}
