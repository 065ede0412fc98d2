"use client";
import { useReactFlow } from "@xyflow/react";
import { Download } from "lucide-react";
import { useState, type RefObject } from "react";
import { ExportMenu } from "@/components/entities/export-menu";
import { moreOptionsLink } from "@/components/entities/more-options-link";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { lineageExportFileName } from "@/lib/lineage/export-file-name";
import { exportLineageImage } from "./export-lineage-image";
import styles from "./lineage-export-buttons.module.css";

interface LineageExportButtonsProps {
  /** Holds the graph whose viewport is exported. */
  graph: RefObject<HTMLElement | null>;
  focusName: string;
  /** The focused model, whose whole lineage "Export report" exports; null when the viewer may not export reports. */
  reportModelId: string | null;
}

/**
 * "Export PNG" and "Export SVG": every node of the graph, framed, in a file named after the focus; and
 * "Export report": the focused model's whole lineage as a signed report.
 */
export function LineageExportButtons({ graph, focusName, reportModelId }: LineageExportButtonsProps) {
  const { getNodes } = useReactFlow();
  const [busy, setBusy] = useState<"png" | "svg" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(format: "png" | "svg") {
    const viewport = graph.current?.querySelector<HTMLElement>(".react-flow__viewport");
    if (!viewport) return;
    setBusy(format);
    setError(null);
    try {
      await exportLineageImage(format, viewport, getNodes(), lineageExportFileName(focusName, format));
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : "the image could not be drawn");
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className={styles.buttons}>
      {error && (
        <span className={styles.error} role="alert">
          Export failed: {error}
        </span>
      )}
      {(["png", "svg"] as const).map((format) => (
        <Button key={format} size="sm" onClick={() => void save(format)} disabled={busy !== null}>
          {busy === format ? <Spinner size={12} /> : <Download size={13} aria-hidden="true" />}
          Export {format.toUpperCase()}
        </Button>
      ))}
      {reportModelId && (
        <ExportMenu
          target={{ scope: "lineage", modelId: reportModelId }}
          subjectName={`the lineage of ${focusName}`}
          heading={`The whole lineage of ${focusName}: its ancestors and all its descendants`}
          label="Export report"
          size="sm"
          links={[
            moreOptionsLink(
              { scope: "lineage", modelId: reportModelId },
              "The Reports page: another scope, past reports, verification.",
            ),
          ]}
        />
      )}
    </div>
  );
}
