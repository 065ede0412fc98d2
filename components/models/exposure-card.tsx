import { CircleCheck, Megaphone, Ruler, ShieldAlert, Sprout } from "lucide-react";
import Link from "next/link";
import { ComparisonResult } from "@/components/entities/comparison-result";
import { ExposurePath } from "@/components/entities/exposure-path";
import { ExposureRiskBadge } from "@/components/entities/exposure-risk-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import list from "@/components/ui/item-list.module.css";
import type { TraitExposure } from "@/lib/exposure/exposure.types";
import { getModelExposure } from "@/lib/exposure/get-model-exposure";
import { moreSourcesText } from "@/lib/exposure/more-sources-text";
import { formatPercent } from "@/lib/format/format-number";
import { intervalText } from "@/lib/measurements/interval-text";
import styles from "./exposure-card.module.css";

const PATHS_SHOWN = 3;

function StatusBadge({ entry }: { entry: TraitExposure }) {
  if (entry.status === "source") {
    const declared = entry.source?.declaration !== null && entry.source?.declaration !== undefined;
    return (
      <Badge
        tone="violet"
        icon={declared ? <Megaphone size={11} aria-hidden="true" /> : <Sprout size={11} aria-hidden="true" />}
        title={
          declared
            ? "Declared to carry the trait: it enters the lineage here"
            : "Measured above its initialisation: the trait enters the lineage here"
        }
      >
        {declared ? "declared source" : "measured source"}
      </Badge>
    );
  }
  if (entry.status === "measured") {
    return (
      <Badge
        tone="green"
        icon={<Ruler size={11} aria-hidden="true" />}
        title="Downstream of a source of the trait, and measured on it"
      >
        exposed, measured
      </Badge>
    );
  }
  return (
    <Badge
      tone="red"
      icon={<ShieldAlert size={11} aria-hidden="true" />}
      title="Downstream of a source of the trait, but never measured on it"
    >
      exposed, never measured
    </Badge>
  );
}

function Latest({ entry }: { entry: TraitExposure }) {
  if (!entry.latest && entry.status === "source")
    return <span className={styles.latest}>Not measured: the trait is declared, not measured.</span>;
  if (!entry.latest) return <span className={styles.unmeasured}>Never measured on this trait: measure it.</span>;
  const m = entry.latest;
  const rate = m.kind === "proportion";
  return (
    <span className={styles.latest}>
      Latest {rate ? formatPercent(m.value) : m.value.toLocaleString("en-US", { maximumFractionDigits: 3 })}
      {m.shown && ` ${intervalText(m.shown, rate ? "rate" : "score")}`}
    </span>
  );
}

/** How many sources reach the model beyond the paths shown. */
function MoreSources({ entry }: { entry: TraitExposure }) {
  const text = moreSourcesText(entry.sourceCount, Math.min(entry.exposures.length, PATHS_SHOWN));
  return text ? (
    <p className={styles.note} data-testid="more-sources">
      {text}
    </p>
  ) : null;
}

function SourceNote({ entry }: { entry: TraitExposure }) {
  const declaration = entry.source?.declaration;
  const measured = entry.source?.measured;
  return (
    <>
      {declaration && (
        <p className={styles.note}>
          Declared by {declaration.declaredBy}: <span className={styles.reason}>{declaration.reason}</span>
        </p>
      )}
      {measured && <p className={styles.note}>Measured above its initialisation, {measured.baseline.name}.</p>}
      <p className={styles.note}>The trait enters the lineage here: every model downstream of it is exposed.</p>
    </>
  );
}

/** Per trait: whether the trait entered at this model, reached it and was measured, or reached it unmeasured; with the paths. */
export async function ExposureCard({ modelId }: { modelId: string }) {
  const exposure = await getModelExposure(modelId);
  const entries = [...exposure.traits].sort(
    (a, b) =>
      ["unmeasured", "measured", "source"].indexOf(a.status) - ["unmeasured", "measured", "source"].indexOf(b.status),
  );
  return (
    <Card
      title="Exposure"
      meta={entries.length}
      description="A trait enters the lineage at a source (a model declared to carry it, or measured above its initialisation) and reaches every model downstream of it, through the data it generated and through initialisation."
      flush
      id="exposure"
    >
      {entries.length === 0 ? (
        <p className={styles.none}>
          <CircleCheck size={15} aria-hidden="true" />
          Not exposed: no model upstream is declared to carry a trait or was measured above its initialisation.
        </p>
      ) : (
        <ul className={list.list} data-testid="exposure-list">
          {entries.map((entry) => (
            <li key={entry.trait.id} className={`${list.item} ${styles.item}`} data-status={entry.status}>
              <div className={styles.top}>
                <div className={list.row}>
                  <Link href={`/traits/${entry.trait.slug}`} className={styles.trait}>
                    {entry.trait.name}
                  </Link>
                  <StatusBadge entry={entry} />
                  {entry.exposures[0] && <ExposureRiskBadge risk={entry.exposures[0].risk} />}
                </div>
                <Latest entry={entry} />
              </div>
              {entry.vsInitialization && (
                <div className={styles.comparison}>
                  <span className={styles.comparisonLabel}>
                    Against its initialisation, {entry.vsInitialization.baseline.name}
                  </span>
                  <ComparisonResult
                    comparison={entry.vsInitialization.comparison}
                    higherIsWorse={entry.trait.higherIsWorse}
                  />
                </div>
              )}
              {entry.status === "source" && <SourceNote entry={entry} />}
              {entry.exposures.slice(0, PATHS_SHOWN).map((path, i) => (
                <ExposurePath key={i} path={path.path} currentId={modelId} />
              ))}
              <MoreSources entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
