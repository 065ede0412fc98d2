"use client";
import { GitCompare, SearchX } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ForestRateChart } from "@/components/entities/forest-rate-chart";
import colourStyles from "@/components/entities/rate-chart-colours.module.css";
import { familyColour } from "@/components/entities/rate-chart-theme";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchSelect, type SearchOption } from "@/components/ui/search-select";
import { Spinner } from "@/components/ui/spinner";
import { csvFileName } from "@/lib/format/csv";
import { compareHref, MAX_COMPARED_MODELS } from "@/lib/measurements/compare-selection";
import type { RateMatrix } from "@/lib/measurements/rate-matrix";
import { modelKeys } from "@/lib/models/model-keys";
import { CompareTable } from "./compare-table";
import { searchModels } from "./search-models";
import styles from "./compare-view.module.css";

/** What is said in place of the table and chart when there is nothing to compare. */
const NOTHING_TO_COMPARE = {
  unpicked: {
    icon: <GitCompare size={18} />,
    title: "Pick models to compare",
    description:
      "Search for two or more models above, e.g. a student and its control, to see their trait rates side by side.",
  },
  unmeasured: {
    icon: <SearchX size={18} />,
    title: "No measurements",
    description: "None of these models has been measured on any trait yet.",
  },
  allOverlapping: {
    icon: <SearchX size={18} />,
    title: "No intervals apart",
    description:
      "On every trait, each model's 95% interval overlaps all the others'. Turn off “Show only intervals apart” to see them all.",
  },
};

/** Why there is nothing to show: no model picked, none measured, or no interval apart from the others. */
function nothingToCompare(matrix: RateMatrix, shown: RateMatrix): keyof typeof NOTHING_TO_COMPARE | null {
  if (matrix.series.length === 0) return "unpicked";
  if (matrix.rows.length === 0) return "unmeasured";
  return shown.rows.length === 0 ? "allOverlapping" : null;
}

interface CompareViewProps {
  selected: SearchOption[];
  /** Ids in the URL that name no model. */
  unknownIds: string[];
  matrix: RateMatrix;
  initialOnlyDifferences: boolean;
}

/** Pick models; see every trait's rate side by side as a table and a chart, optionally only where they differ. */
export function CompareView({ selected, unknownIds, matrix, initialOnlyDifferences }: CompareViewProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [picked, setPicked] = useState(selected);
  const [onlyDifferences, setOnlyDifferences] = useState(initialOnlyDifferences);

  function choose(options: SearchOption[]) {
    const next = options.slice(0, MAX_COMPARED_MODELS);
    setPicked(next);
    startTransition(() =>
      router.replace(
        compareHref(
          next.map((option) => option.id),
          onlyDifferences,
        ),
        { scroll: false },
      ),
    );
  }

  function toggleDifferences(on: boolean) {
    setOnlyDifferences(on);
    // Only the view changes: keep the URL in step without asking the server again.
    window.history.replaceState(
      window.history.state,
      "",
      compareHref(
        picked.map((option) => option.id),
        on,
      ),
    );
  }

  const shown: RateMatrix = onlyDifferences
    ? { ...matrix, rows: matrix.rows.filter((row) => row.intervalsApart) }
    : matrix;
  const colours = matrix.series.map((_, i) => familyColour(i));
  const differing = matrix.rows.filter((row) => row.intervalsApart).length;
  const nothing = nothingToCompare(matrix, shown);

  return (
    <div className={`${styles.stack} ${colourStyles.colours}`}>
      <div className={styles.toolbar}>
        <div className={styles.picker}>
          <SearchSelect
            label="Models"
            placeholder="Search models by name…"
            multiple
            value={picked}
            onChange={choose}
            search={searchModels}
            queryKey={[...modelKeys.lists(), "compare-picker"]}
            hint={`Up to ${MAX_COMPARED_MODELS} models; the address keeps the selection.`}
          />
        </div>
        <label className={styles.switch}>
          <input
            type="checkbox"
            checked={onlyDifferences}
            onChange={(event) => toggleDifferences(event.target.checked)}
            disabled={matrix.rows.length === 0}
          />
          <span className={styles.switchText}>
            Show only intervals apart
            <span className={styles.switchHint}>
              Hides traits on which every model&apos;s 95% interval overlaps all the others&apos;. Overlap is a
              description, not a test: a run&apos;s page tests a student against its control.
            </span>
          </span>
        </label>
        {pending && (
          <span className={styles.pending}>
            <Spinner size={13} /> Loading…
          </span>
        )}
      </div>
      {unknownIds.length > 0 && (
        <p className={styles.unknown} role="status">
          No model with id {unknownIds.map((id) => `“${id}”`).join(", ")}: left out.
        </p>
      )}
      {nothing ? (
        <EmptyState boxed {...NOTHING_TO_COMPARE[nothing]} />
      ) : (
        <>
          <Card
            title="Side by side"
            meta={shown.rows.length}
            description={`On ${differing} of ${matrix.rows.length} ${matrix.rows.length === 1 ? "row" : "rows"} some two models' 95% intervals do not overlap. Measurements under different protocols are on rows of their own.`}
            flush
            id="compare-table"
          >
            <CompareTable matrix={shown} colours={colours} />
          </Card>
          <ForestRateChart
            matrix={shown}
            seriesLabels={shown.series.map((series) => series.model.name)}
            colours={colours}
            title="Rates with 95% intervals"
            label="compared trait rates"
            summary="One line per model under each trait; several measurements are averaged across seeds."
            csvFileName={csvFileName("compare", ...shown.series.map((series) => series.model.name))}
            testId="compare-chart"
          />
        </>
      )}
    </div>
  );
}
