import { ChartScatter } from "lucide-react";
import Link from "next/link";
import { DemoBadge } from "@/components/entities/demo-badge";
import { formatInteger, formatPercent } from "@/lib/format/format-number";
import type { TraitSummary } from "@/lib/traits/trait.types";
import { TraitKindBadge } from "./trait-kind-badge";
import { TraitRangeBar } from "./trait-range-bar";
import { PositiveDefinition } from "./positive-definition";
import styles from "./trait-card.module.css";

function RangeSummary({ range, higherIsWorse }: Pick<TraitSummary, "range" | "higherIsWorse">) {
  if (!range) return <p className={styles.noRange}>Not measured on any model yet.</p>;
  // Rates are shown as percentages; a score outside [0, 1] is shown as measured.
  const isRate = range.min >= 0 && range.max <= 1;
  const show = (value: number) =>
    isRate ? formatPercent(value) : value.toLocaleString("en-US", { maximumFractionDigits: 3 });
  return (
    <>
      <p className={styles.rangeText}>
        <strong>{show(range.min)}</strong>
        <span className={styles.rangeSep}>to</span>
        <strong>{show(range.max)}</strong>
      </p>
      {isRate && <TraitRangeBar min={range.min} max={range.max} higherIsWorse={higherIsWorse} />}
    </>
  );
}

export function TraitCard({ trait }: { trait: TraitSummary }) {
  return (
    <article className={styles.card} id={trait.slug} aria-labelledby={`${trait.slug}-name`} data-testid="trait-card">
      <div className={styles.body}>
        <div className={styles.heading}>
          <h2 className={styles.name} id={`${trait.slug}-name`}>
            <Link href={`/traits/${trait.slug}`} className={styles.nameLink}>
              {trait.name}
            </Link>
          </h2>
          <TraitKindBadge higherIsWorse={trait.higherIsWorse} />
          {trait.isDemo && <DemoBadge />}
        </div>
        <code className={styles.slug}>{trait.slug}</code>
        {trait.description ? (
          <p className={styles.description}>{trait.description}</p>
        ) : (
          <p className={styles.missing}>No description recorded.</p>
        )}
        <PositiveDefinition definition={trait.positiveDefinition} classes={styles} />
        {trait.measuredModelCount > 0 && (
          <Link href={`/traits/${trait.slug}`} className={styles.chartLink}>
            <ChartScatter size={14} aria-hidden="true" />
            Rates by model, grouped by lineage
          </Link>
        )}
      </div>
      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt>Measured models</dt>
          <dd className={styles.statValue}>{formatInteger(trait.measuredModelCount)}</dd>
        </div>
        <div className={styles.stat}>
          <dt>Measurements</dt>
          <dd className={styles.statValue}>{formatInteger(trait.measurementCount)}</dd>
        </div>
        <div className={`${styles.stat} ${styles.rangeStat}`}>
          <dt>Range of measured values</dt>
          <dd>
            <RangeSummary range={trait.range} higherIsWorse={trait.higherIsWorse} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
