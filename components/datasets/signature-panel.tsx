"use client";
import { useQuery } from "@tanstack/react-query";
import { Info, Lightbulb } from "lucide-react";
import { useCallback, useState } from "react";
import { searchDatasets } from "@/components/entities/entity-searches";
import { Button } from "@/components/ui/button";
import { PanelError } from "@/components/ui/panel-error";
import { SearchOne } from "@/components/ui/search-one";
import type { SearchOption } from "@/components/ui/search-select";
import { Spinner } from "@/components/ui/spinner";
import { useQueryStringSync } from "@/components/ui/use-query-string-sync";
import type { SignatureResult } from "@/lib/datasets/signature/signature.types";
import { apiFetch } from "@/lib/http/problem-client";
import { datasetDetailKeys } from "./dataset-detail-keys";
import { SignatureResultView } from "./signature-result";
import styles from "./signature-panel.module.css";

export interface DatasetRef {
  id: string;
  name: string;
}

interface SignaturePanelProps {
  dataset: DatasetRef;
  /** A control to offer (the demo's control teacher data for the demo owl data), or null. */
  suggestion: DatasetRef | null;
  /** The control named in the address (?control=), if any. */
  initialControl: DatasetRef | null;
}

const SIGNATURE_CAVEAT =
  "A hidden-signal verdict shows that this data carries a statistical signature of the model that generated it. " +
  "It does not show which trait, or whether a student will pick one up: only measuring the students can.";

/**
 * The hidden-signal check: compares the token distribution of this dataset's completions with a
 * control's (e.g. the same prompts answered by a model without the trait).
 */
export function SignaturePanel({ dataset, suggestion, initialControl }: SignaturePanelProps) {
  const [control, setControl] = useState<SearchOption | null>(initialControl);
  useQueryStringSync({ control: control?.id ?? "" });

  const search = useCallback(
    async (q: string, signal: AbortSignal) =>
      (await searchDatasets(q, signal)).filter((option) => option.id !== dataset.id),
    [dataset.id],
  );

  const signature = useQuery({
    queryKey: datasetDetailKeys.signature(dataset.id, control?.id ?? ""),
    queryFn: ({ signal }) =>
      apiFetch<SignatureResult>(
        `/api/v1/datasets/${dataset.id}/signature?${new URLSearchParams({ control: control?.id ?? "" })}`,
        { signal },
      ),
    enabled: control !== null,
    // Results are cached per pair on the server too: datasets never change.
    staleTime: Infinity,
    retry: false,
  });

  return (
    <div className={styles.panel} data-testid="signature-panel">
      <div className={styles.intro}>
        <p className={styles.lead}>
          Does this data carry a statistical trace of the model that wrote it? The check compares how often each token
          occurs in this dataset&apos;s completions with a <strong>control</strong>: ideally the same prompts answered
          by a model without the trait, such as the unprompted base model.
        </p>
        <p className={styles.caveat} data-testid="signature-caveat">
          <Info size={15} aria-hidden="true" />
          <span>{SIGNATURE_CAVEAT}</span>
        </p>
      </div>

      <div className={styles.picker}>
        <SearchOne
          label="Control dataset"
          placeholder="Search datasets by name or SHA-256 prefix"
          value={control}
          onChange={setControl}
          search={search}
          queryKey={datasetDetailKeys.controlSearch(dataset.id)}
          hint="Only completions are compared; prompts are left out."
        />
        {suggestion && control?.id !== suggestion.id && (
          <div className={styles.suggestion} data-testid="control-suggestion">
            <Lightbulb size={14} aria-hidden="true" />
            <span>
              Suggested: <strong>{suggestion.name}</strong>, the demo&apos;s control teacher answering the same prompts.
            </span>
            <Button size="sm" onClick={() => setControl({ id: suggestion.id, name: suggestion.name })}>
              Compare with it
            </Button>
          </div>
        )}
      </div>

      {control === null ? (
        <p className={styles.placeholder}>Choose a control dataset to run the check.</p>
      ) : signature.isPending ? (
        <div className={styles.status}>
          <Spinner size={14} /> Counting tokens record by record and shuffling records between the datasets…
        </div>
      ) : signature.isError ? (
        <PanelError className={styles.error} onRetry={() => void signature.refetch()}>
          Could not compare with {control.name}: {signature.error.message}
        </PanelError>
      ) : (
        <SignatureResultView result={signature.data} />
      )}
    </div>
  );
}
