import { formatInteger, formatPercent } from "@/lib/format/format-number";
import { describeIntervalMethod } from "@/lib/measurements/interval-method";
import { intervalText } from "@/lib/measurements/interval-text";
import type { MeasurementPreview as Preview } from "@/lib/measurements/measurement-preview";
import styles from "./measurement-preview.module.css";

/** The rate and interval the measurement will be stored with, before it is sent. */
export function MeasurementPreview({ preview }: { preview: Preview }) {
  const { rate, samples, positives, questions } = preview;
  return (
    <div className={styles.preview} data-testid="measurement-preview" aria-live="polite">
      <span className={styles.rate}>{formatPercent(rate.estimate)}</span>
      <span className={styles.interval}>{intervalText(rate)}</span>
      <span>
        {formatInteger(positives)} of {formatInteger(samples)} samples
        {questions !== null && ` over ${formatInteger(questions)} question${questions === 1 ? "" : "s"}`}
      </span>
      <span className={styles.method}>
        Stored with this interval: {describeIntervalMethod(rate.method)}.
        {questions !== null && " The rate is the mean of the per-question rates, as the paper reports it."}
      </span>
    </div>
  );
}
