import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { ExposurePath } from "@/components/entities/exposure-path";
import { ExposureRiskBadge } from "@/components/entities/exposure-risk-badge";
import { ModelLink } from "@/components/entities/model-link";
import list from "@/components/ui/item-list.module.css";
import type { UnmeasuredExposure } from "@/lib/exposure/list-unmeasured-exposures";
import styles from "./unmeasured-exposures-list.module.css";

/**
 * Models a trait reached through learning but that were never measured on it, high risk first: the first
 * of `total`, the rest counted.
 */
export function UnmeasuredExposuresList({ exposures, total }: { exposures: UnmeasuredExposure[]; total: number }) {
  if (exposures.length === 0) {
    return (
      <p className={styles.allClear}>
        <CircleCheck size={15} aria-hidden="true" />
        Every model downstream of a trait source has been measured on that trait.
      </p>
    );
  }
  return (
    <ul className={list.list} data-testid="unmeasured-exposures">
      {exposures.map((exposure) => {
        const shortest = exposure.exposures.at(0);
        return (
          <li
            key={`${exposure.model.id}|${exposure.trait.id}`}
            className={`${list.item} ${styles.item}`}
            data-risk={exposure.risk}
          >
            <div className={styles.top}>
              <div className={list.row}>
                <ModelLink model={{ ...exposure.model, version: null }} strong />
                <span className={list.sub}>
                  not measured on{" "}
                  <Link href={`/traits/${exposure.trait.slug}`} className={list.inlineLink}>
                    {exposure.trait.name}
                  </Link>
                </span>
              </div>
              <ExposureRiskBadge risk={exposure.risk} />
            </div>
            {shortest && <ExposurePath path={shortest.path} currentId={exposure.model.id} />}
            <p className={styles.reason}>
              {exposure.risk === "high" ? "Shares the source's initialisation" : "A different base from the source"}
              {exposure.sourceCount > 1 && ` · from ${String(exposure.sourceCount)} sources`}
            </p>
          </li>
        );
      })}
      {total > exposures.length && (
        <li className={`${list.item} ${list.sub}`} data-testid="unmeasured-exposures-more">
          And {total - exposures.length} more, high risk first.
        </li>
      )}
    </ul>
  );
}
