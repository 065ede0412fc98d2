"use client";
import { Grid3x3 } from "lucide-react";
import Link from "next/link";
import { useState, type FocusEvent, type MouseEvent } from "react";
import { heatmapRowOrder, heatmapTable, panelData } from "@/components/entities/chart-table";
import { HEAT_GRADIENT, heatColour, heatIsStrong, isRateScale } from "@/components/entities/heat-colour";
import { ChartPanel } from "@/components/ui/chart-panel";
import { ChartTooltip } from "@/components/ui/chart-tooltip";
import { formatPercent } from "@/lib/format/format-number";
import { comparisonSentence } from "@/lib/measurements/comparison-text";
import { intervalText } from "@/lib/measurements/interval-text";
import { VERDICT_WORDS } from "@/lib/measurements/transfer-verdict";
import type { Heatmap } from "@/lib/traits/get-heatmap";
import styles from "./trait-heatmap.module.css";

interface TraitHeatmapProps {
  heatmap: Heatmap;
}

type Cell = Heatmap["cells"][number];
type Hover = { cell: Cell; top: number; left: number } | null;

const score = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 3 });

/** Models by traits, each cell the model's rate coloured on a 0-100% scale, outlined where its interval excludes its base model's rate. */
export function TraitHeatmap({ heatmap }: TraitHeatmapProps) {
  const [hover, setHover] = useState<Hover>(null);
  const models = heatmapRowOrder(heatmap.models);
  const isBase = new Set(heatmap.models.filter((model) => model.initializedFromId === null).map((model) => model.id));
  const cellOf = new Map(heatmap.cells.map((cell) => [`${cell.modelId}|${cell.traitId}`, cell]));
  const nameOf = new Map(heatmap.models.map((model) => [model.id, model.name]));
  const traitName = new Map(heatmap.traits.map((trait) => [trait.id, trait.name]));

  function show(cell: Cell, event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) {
    const rect = event.currentTarget.getBoundingClientRect();
    setHover({ cell, top: rect.bottom + 6, left: rect.left + rect.width / 2 });
  }

  const grid = (
    <div className={styles.heatmap} onScroll={() => setHover(null)}>
      <div className={styles.scroller}>
        <table className={styles.grid} data-testid="trait-heatmap">
          <thead>
            <tr>
              <th scope="col" className={styles.corner}>
                Model
              </th>
              {heatmap.traits.map((trait) => (
                <th key={trait.id} scope="col" className={styles.traitHead}>
                  <Link href={`/traits/${trait.slug}`}>{trait.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {models.map((model) => (
              <tr key={model.id}>
                <th scope="row" className={styles.modelHead}>
                  <Link href={`/models/${model.id}`} className={styles.modelName}>
                    {model.name}
                  </Link>
                  <span className={styles.modelBase}>
                    {model.initializedFromId
                      ? `from ${nameOf.get(model.initializedFromId) ?? "an unmeasured base"}`
                      : "base model"}
                  </span>
                </th>
                {heatmap.traits.map((trait) => {
                  const cell = cellOf.get(`${model.id}|${trait.id}`);
                  if (!cell)
                    return (
                      <td key={trait.id} className={styles.emptyCell}>
                        <span aria-label="not measured">—</span>
                      </td>
                    );
                  const rate = isRateScale([cell.value]);
                  const label = rate ? formatPercent(cell.value) : score(cell.value);
                  return (
                    <td key={trait.id} className={styles.cellWrap}>
                      <Link
                        href={`/models/${model.id}`}
                        className={styles.cell}
                        style={{ background: rate ? heatColour(cell.value) : undefined }}
                        data-strong={(rate && heatIsStrong(cell.value)) || undefined}
                        data-marked={cell.differsFromBase || undefined}
                        data-testid="heatmap-cell"
                        data-model={model.name}
                        aria-label={`${model.name}, ${trait.name}: ${label}${cell.differsFromBase && cell.vsBase ? `, ${VERDICT_WORDS[cell.vsBase.verdict].label} from its base model` : ""}`}
                        onMouseEnter={(event) => show(cell, event)}
                        onMouseLeave={() => setHover(null)}
                        onFocus={(event) => show(cell, event)}
                        onBlur={() => setHover(null)}
                      >
                        {label}
                        {cell.differsFromBase && (
                          <span className={styles.mark} aria-hidden="true">
                            *
                          </span>
                        )}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.legend} aria-label="Legend">
        <div className={styles.scale}>
          <span className={styles.scaleLabel}>Rate (%)</span>
          <span className={styles.bar} style={{ background: HEAT_GRADIENT }} aria-hidden="true" />
          <span className={styles.ticks} aria-hidden="true">
            <span>0%</span>
            <span>50%</span>
            <span>100%</span>
          </span>
        </div>
        <span className={styles.markKey}>
          <span className={styles.markSwatch} aria-hidden="true">
            *
          </span>
          shifted from its base model (the test on the run and trait pages)
        </span>
      </div>
      {hover && (
        <div className={styles.tooltip} style={{ top: hover.top, left: hover.left }} role="tooltip">
          <ChartTooltip
            title={`${nameOf.get(hover.cell.modelId)} · ${traitName.get(hover.cell.traitId)}`}
            rows={[
              {
                label: "Rate",
                value: isRateScale([hover.cell.value]) ? formatPercent(hover.cell.value) : score(hover.cell.value),
              },
              {
                label: "95% interval",
                value: intervalText(hover.cell, isRateScale([hover.cell.value]) ? "rate" : "score"),
              },
              { label: "Measurements", value: hover.cell.measurementCount },
              {
                label: "Base model's rate",
                value: isBase.has(hover.cell.modelId)
                  ? "— (a base model)"
                  : hover.cell.baseValue === null
                    ? "not measured"
                    : isRateScale([hover.cell.baseValue])
                      ? formatPercent(hover.cell.baseValue)
                      : score(hover.cell.baseValue),
              },
            ]}
            note={
              <>
                {hover.cell.measurementCount > 1
                  ? `95% t-interval across ${hover.cell.measurementCount} seeds`
                  : `The single measurement's own 95% interval (${hover.cell.method})`}{" "}
                under {hover.cell.protocol}.{" "}
                {isBase.has(hover.cell.modelId)
                  ? "A base model: nothing to compare with."
                  : hover.cell.vsBase === null
                    ? "Its base model is not measured on this trait."
                    : `Against its base model: ${comparisonSentence(hover.cell.vsBase)}.`}
              </>
            }
          />
        </div>
      )}
    </div>
  );

  return (
    <ChartPanel
      headingLevel={2}
      id="trait-heatmap"
      title={
        <>
          <Grid3x3 size={15} className={styles.titleIcon} aria-hidden="true" />
          Trait rates by model
        </>
      }
      label="trait rates by model"
      summary={
        <>
          Each model&apos;s rate on each trait, the mean across seeds where there are several. A cell opens the model; a
          trait opens its chart (
          <Link href="/traits" className={styles.inlineLink}>
            all traits
          </Link>
          ).
          {heatmap.totalModels > heatmap.models.length &&
            ` Showing the ${heatmap.models.length} most recently measured of ${heatmap.totalModels} models.`}
        </>
      }
      {...panelData(heatmapTable({ ...heatmap, models }))}
      csvFileName="trait-rates-heatmap.csv"
      chart={grid}
      testId="heatmap-panel"
    />
  );
}
