import { CircleCheck, Ruler, ShieldAlert, Sprout } from "lucide-react";
import Link from "next/link";
import { ExposurePath } from "@/components/traits/exposure-path";
import { ExposureRiskBadge } from "@/components/traits/exposure-risk-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import list from "@/components/ui/item-list.module.css";
import { getModelExposure } from "@/lib/exposure/get-model-exposure";
import type { TraitExposure } from "@/lib/exposure/exposure.types";
import { isRateScale } from "@/lib/measurements/ui/heat-colour";
import { formatInterval, formatPercent } from "@/lib/ui/format-number";
import styles from "./exposure-card.module.css";

const PATHS_SHOWN = 3;

function StatusBadge({ entry }: { entry: TraitExposure }) {
  if (entry.status === "source") {
    return (
      <Badge tone="violet" icon={<Sprout size={11} aria-hidden="true" />} title="Measured significantly above its initialisation: the trait enters the lineage here">
        trait source
      </Badge>
    );
  }
  if (entry.status === "measured") {
    return (
      <Badge tone="green" icon={<Ruler size={11} aria-hidden="true" />} title="Exposed through the data it learned from, and measured on the trait">
        exposed, measured
      </Badge>
    );
  }
  return (
    <Badge tone="red" icon={<ShieldAlert size={11} aria-hidden="true" />} title="Exposed through the data it learned from, but never measured on the trait">
      exposed, not measured
    </Badge>
  );
}

function Latest({ entry }: { entry: TraitExposure }) {
  if (!entry.latest) return <span className={styles.unmeasured}>No measurement: measure this model on the trait.</span>;
  const m = entry.latest;
  const rate = isRateScale([m.value, m.shown?.low ?? 0, m.shown?.high ?? 0]);
  const interval = m.shown && rate ? formatInterval(m.shown.low, m.shown.high) : null;
  return (
    <span className={styles.latest}>
      Latest {rate ? formatPercent(m.value) : m.value.toLocaleString("en-US", { maximumFractionDigits: 3 })}
      {interval && ` ${interval}`}
      {entry.status !== "source" && (entry.aboveBaseline ? ", above its initialisation" : ", not above its initialisation")}
    </span>
  );
}

/** Per trait: whether the trait entered at this model, reached it and was measured, or reached it unmeasured; with the paths. */
export async function ExposureCard({ modelId }: { modelId: string }) {
  const exposure = await getModelExposure(modelId);
  const entries = [...exposure.traits].sort((a, b) => ["unmeasured", "measured", "source"].indexOf(a.status) - ["unmeasured", "measured", "source"].indexOf(b.status));
  return (
    <Card
      title="Exposure"
      meta={entries.length}
      description="Traits measured significantly above baseline upstream reach every model that learned from their data."
      flush
      id="exposure"
    >
      {entries.length === 0 ? (
        <p className={styles.none}>
          <CircleCheck size={15} aria-hidden="true" />
          Not exposed: no model upstream was measured significantly above its initialisation on any trait.
        </p>
      ) : (
        <ul className={list.list} data-testid="exposure-list">
          {entries.map((entry) => (
            <li key={entry.trait.id} className={`${list.item} ${styles.item}`} data-status={entry.status}>
              <div className={styles.top}>
                <div className={list.row}>
                  <Link href={`/traits/${entry.trait.slug}`} className={styles.trait}>{entry.trait.name}</Link>
                  <StatusBadge entry={entry} />
                  {entry.exposures[0] && <ExposureRiskBadge risk={entry.exposures[0].risk} />}
                </div>
                <Latest entry={entry} />
              </div>
              {entry.status === "source" ? (
                <p className={styles.note}>The trait enters the lineage here: its descendants that learned from its data are exposed.</p>
              ) : (
                <>
                  {entry.exposures.slice(0, PATHS_SHOWN).map((path, i) => (
                    <ExposurePath key={i} path={path.path} currentId={modelId} />
                  ))}
                  {entry.exposures.length > PATHS_SHOWN && <p className={styles.note}>And {entry.exposures.length - PATHS_SHOWN} more paths.</p>}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
