"use client";
import { useQueryClient } from "@tanstack/react-query";
import { ArrowRight, ChevronDown, FileDown } from "lucide-react";
import Link from "next/link";
import { Fragment, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { buttonClassName, type ButtonSize } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { REPORT_FORMAT_LABELS, type ReportFormatName } from "@/lib/reports/report-format-labels";
import { provenanceUrl, type ReportTarget } from "@/lib/reports/report-target";
import { DemoReportNotice } from "./demo-report-notice";
import { downloadReport } from "./download-report";
import { OptionText } from "./option-text";
import { ReportFormatIcon } from "./report-format-icon";
import { ReportProgress } from "./report-progress";
import { reportKeys } from "./report-keys";
import styles from "./export-menu.module.css";

interface ExportMenuLink {
  label: string;
  description: string;
  href: string;
}

interface ExportMenuProps {
  target: ReportTarget;
  /** Named in the menu's heading and in screen-reader messages. */
  subjectName: string;
  /** The menu's heading, e.g. "The model and all its ancestors". */
  heading: string;
  /** After the formats, e.g. to the Reports page with more choices. */
  links: ExportMenuLink[];
  label?: string;
  size?: ButtonSize;
}

/**
 * "Export": a menu button (WAI-ARIA menu button pattern) offering every report format. Choosing one
 * generates the signed report and saves it; the item spins meanwhile, with a line under it saying what
 * is being made and for how long so far (beside the button once the menu is closed), and a refusal shows
 * its reason.
 */
export function ExportMenu({ target, subjectName, heading, links, label = "Export", size = "md" }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ReportFormatName | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState("");
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLElement | null)[]>([]);
  const pendingFocus = useRef<"first" | "last" | null>(null);
  const menuId = useId();
  const demoNoticeId = useId();
  const queryClient = useQueryClient();
  const itemCount = REPORT_FORMAT_LABELS.length + links.length;
  const busyFormat = REPORT_FORMAT_LABELS.find((format) => format.name === busy);

  useEffect(() => {
    if (!open) return;
    if (pendingFocus.current) {
      items.current[pendingFocus.current === "first" ? 0 : itemCount - 1]?.focus();
      pendingFocus.current = null;
    }
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open, itemCount]);

  function openMenu(focus: "first" | "last") {
    pendingFocus.current = focus;
    setError(null);
    setOpen(true);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openMenu(event.key === "ArrowDown" ? "first" : "last");
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = items.current.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => items.current[(index + itemCount) % itemCount]?.focus();
    if (event.key === "ArrowDown") focusAt(current + 1);
    else if (event.key === "ArrowUp") focusAt(current < 0 ? itemCount - 1 : current - 1);
    else if (event.key === "Home") focusAt(0);
    else if (event.key === "End") focusAt(itemCount - 1);
    else if (event.key === "Escape") close(true);
    else if (event.key === "Tab") {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
  }

  async function exportAs(format: ReportFormatName) {
    if (busy) return;
    setBusy(format);
    setError(null);
    try {
      const report = await downloadReport(provenanceUrl(target, format));
      setSaved(`Saved ${report.fileName}`);
      void queryClient.invalidateQueries({ queryKey: reportKeys.lists() });
      close(root.current?.contains(document.activeElement) ?? false);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : "The report could not be generated.");
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className={styles.root} ref={root}>
      <button
        ref={button}
        type="button"
        className={buttonClassName({ size })}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu("first"))}
        onKeyDown={onButtonKeyDown}
      >
        {busy ? <Spinner size={13} /> : <FileDown size={14} aria-hidden="true" />}
        {label}
        <ChevronDown size={13} className={styles.chevron} aria-hidden="true" />
      </button>
      {!open && busyFormat && (
        <span className={styles.closedBusy}>
          {busyFormat.name === "pdf" ? "Drawing the PDF…" : `Writing the ${busyFormat.label}…`}
        </span>
      )}
      {!open && error && (
        <span className={styles.closedError} role="alert">
          Export failed: {error}
        </span>
      )}
      <span className="visually-hidden" role="status">
        {saved}
      </span>
      {open && (
        <div
          className={styles.menu}
          id={menuId}
          role="menu"
          aria-label={`Export ${subjectName}`}
          aria-describedby={demoNoticeId}
          onKeyDown={onMenuKeyDown}
        >
          <div className={styles.heading} aria-hidden="true">
            <span className={styles.headingTitle}>Signed provenance report</span>
            <span className={styles.headingScope}>{heading}</span>
          </div>
          <div className={styles.demoNotice}>
            <DemoReportNotice target={target} id={demoNoticeId} hiddenFromTree />
          </div>
          {REPORT_FORMAT_LABELS.map((format, index) => (
            <Fragment key={format.name}>
              <button
                ref={(element) => {
                  items.current[index] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={styles.item}
                aria-disabled={busy !== null && busy !== format.name ? true : undefined}
                aria-busy={busy === format.name || undefined}
                data-busy={busy === format.name || undefined}
                onClick={() => void exportAs(format.name)}
              >
                <span className={styles.icon}>
                  {busy === format.name ? (
                    <Spinner size={15} label={`Generating the ${format.label}`} />
                  ) : (
                    <ReportFormatIcon format={format.name} />
                  )}
                </span>
                <OptionText label={format.label} description={format.description} aside={`.${format.extension}`} />
              </button>
              {busy === format.name && <ReportProgress format={format} />}
            </Fragment>
          ))}
          {error && (
            <p className={styles.error} role="alert">
              {error}
            </p>
          )}
          {links.length > 0 && <div className={styles.separator} role="separator" />}
          {links.map((link, index) => (
            <Link
              key={link.href}
              ref={(element) => {
                items.current[REPORT_FORMAT_LABELS.length + index] = element;
              }}
              href={link.href}
              role="menuitem"
              tabIndex={-1}
              className={styles.item}
              onClick={() => setOpen(false)}
            >
              <span className={styles.icon}>
                <ArrowRight size={15} aria-hidden="true" />
              </span>
              <OptionText label={link.label} description={link.description} />
            </Link>
          ))}
        </div>
      )}
    </div>
  );
}
