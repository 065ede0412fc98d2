"use client";
import { BarChart3, Fingerprint, Rows3, type LucideIcon } from "lucide-react";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useQueryStringSync } from "@/components/ui/use-query-string-sync";
import { INSPECTOR_TABS, type InspectorTab } from "@/lib/datasets/inspector-tabs";
import type { RecordPage } from "@/lib/datasets/list-dataset-records";
import { DatasetStatisticsPanel } from "./dataset-statistics";
import { RecordViewer } from "./record-viewer";
import { SignaturePanel, type DatasetRef } from "./signature-panel";
import styles from "./dataset-inspector.module.css";

const TABS: Record<InspectorTab, { label: string; icon: LucideIcon }> = {
  records: { label: "Records", icon: Rows3 },
  statistics: { label: "Statistics", icon: BarChart3 },
  signature: { label: "Hidden-signal check", icon: Fingerprint },
};

interface DatasetInspectorProps {
  dataset: DatasetRef & { recordCount: number };
  initialTab: InspectorTab;
  initialRecords: RecordPage;
  suggestedControl: DatasetRef | null;
  initialControl: DatasetRef | null;
}

/** Looking inside a dataset: its records, their statistics, and the hidden-signal check, as tabs (kept in ?tab=). */
export function DatasetInspector({
  dataset,
  initialTab,
  initialRecords,
  suggestedControl,
  initialControl,
}: DatasetInspectorProps) {
  const [tab, setTab] = useState<InspectorTab>(initialTab);
  // A tab once opened stays mounted (hidden), so that coming back keeps its scroll position and choices.
  const [opened, setOpened] = useState<ReadonlySet<InspectorTab>>(new Set([initialTab]));
  useQueryStringSync({ tab: tab === "records" ? "" : tab });
  const id = useId();
  const buttons = useRef<Partial<Record<InspectorTab, HTMLButtonElement | null>>>({});

  function open(next: InspectorTab) {
    setTab(next);
    setOpened((current) => (current.has(next) ? current : new Set([...current, next])));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = INSPECTOR_TABS[(INSPECTOR_TABS.indexOf(tab) + step + INSPECTOR_TABS.length) % INSPECTOR_TABS.length];
    open(next);
    buttons.current[next]?.focus();
  }

  return (
    <section className={styles.inspector} aria-label="Inside the dataset" id="inspect">
      <div className={styles.tabs} role="tablist" aria-label="Inside the dataset" onKeyDown={onKeyDown}>
        {INSPECTOR_TABS.map((name) => {
          const { label, icon: Icon } = TABS[name];
          return (
            <button
              key={name}
              ref={(element) => {
                buttons.current[name] = element;
              }}
              type="button"
              role="tab"
              id={`${id}-${name}-tab`}
              aria-controls={`${id}-${name}-panel`}
              aria-selected={tab === name}
              tabIndex={tab === name ? 0 : -1}
              className={styles.tab}
              onClick={() => open(name)}
            >
              <Icon size={14} aria-hidden="true" />
              {label}
            </button>
          );
        })}
      </div>
      {INSPECTOR_TABS.map((name) => (
        <div
          key={name}
          role="tabpanel"
          id={`${id}-${name}-panel`}
          aria-labelledby={`${id}-${name}-tab`}
          hidden={tab !== name}
          className={name === "statistics" ? styles.padded : undefined}
        >
          {opened.has(name) &&
            (name === "records" ? (
              <RecordViewer datasetId={dataset.id} recordCount={dataset.recordCount} initialPage={initialRecords} />
            ) : name === "statistics" ? (
              <DatasetStatisticsPanel datasetId={dataset.id} datasetName={dataset.name} />
            ) : (
              <SignaturePanel dataset={dataset} suggestion={suggestedControl} initialControl={initialControl} />
            ))}
        </div>
      ))}
    </section>
  );
}
