"use client";
import { useQuery } from "@tanstack/react-query";
import { PanelError } from "@/components/ui/panel-error";
import { Spinner } from "@/components/ui/spinner";
import type { DatasetStatistics } from "@/lib/datasets/get-dataset-statistics";
import { apiFetch } from "@/lib/http/problem-client";
import { datasetDetailKeys } from "./dataset-detail-keys";
import { LengthHistogramChart } from "./length-histogram-chart";
import { NumberFrequencyChart } from "./number-frequency-chart";
import styles from "./dataset-statistics.module.css";

/** Length distributions of prompts and completions, and for number datasets the frequency of each number. */
export function DatasetStatisticsPanel({ datasetId, datasetName }: { datasetId: string; datasetName: string }) {
  const statistics = useQuery({
    queryKey: datasetDetailKeys.statistics(datasetId),
    queryFn: ({ signal }) => apiFetch<DatasetStatistics>(`/api/v1/datasets/${datasetId}/statistics`, { signal }),
    // Datasets never change once stored.
    staleTime: Infinity,
  });

  if (statistics.isPending) {
    return (
      <div className={styles.status}>
        <Spinner size={14} /> Counting lengths and numbers…
      </div>
    );
  }
  if (statistics.isError) {
    return (
      <PanelError onRetry={() => void statistics.refetch()}>
        Could not compute the statistics: {statistics.error.message}
      </PanelError>
    );
  }
  const data = statistics.data;
  return (
    <div className={styles.stack} data-testid="dataset-statistics">
      <div className={styles.pair}>
        <LengthHistogramChart
          title="Prompt length"
          histogram={data.promptLength}
          datasetName={datasetName}
          testId="prompt-length"
        />
        <LengthHistogramChart
          title="Completion length"
          histogram={data.completionLength}
          datasetName={datasetName}
          testId="completion-length"
        />
      </div>
      {data.isNumberDataset && data.numberFrequency ? (
        <NumberFrequencyChart
          frequency={data.numberFrequency}
          outOfRange={data.numbersOutOfRange}
          datasetName={datasetName}
        />
      ) : (
        <p className={styles.note}>
          No number frequency: fewer than 90% of the completions are plain lists of numbers, so this is not treated as a
          number dataset.
        </p>
      )}
    </div>
  );
}
