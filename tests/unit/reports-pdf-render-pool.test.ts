import { describe, expect, it } from "vitest";
import { renderPdfOffThread } from "@/lib/reports/printable/pdf-render-pool";
import { renderPdfReport } from "@/lib/reports/printable/render-pdf-report";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";
import { BLANK_SLOT } from "@/lib/reports/signature-slot";
import { owlProvenanceBundle } from "@/tests/support/owl-provenance-bundle";
import { manyModelsBundle } from "./reports-printable-bundles";

/** The longest time the event loop went without running a 5 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe("PDF reports rendered in a worker thread", () => {
  it("are the same bytes as a render on this thread, with the stages heard in order", async () => {
    const bundle = owlProvenanceBundle();
    const stages: string[] = [];
    const pdf = await renderPdfOffThread(bundle, (stage) => stages.push(stage));
    expect(pdf.equals(await renderPdfReport(bundle))).toBe(true);
    expect(pdf.toString("latin1").split(BLANK_SLOT)).toHaveLength(2);
    expect(stages).toEqual([
      "laying out the lineage figure",
      "writing the summary",
      "drawing the lineage figure",
      "writing the tables of records",
      "drawing the measurement charts",
      "writing the exposure paths",
      "finishing the pages",
    ]);
  }, 60_000);

  it("leave the event loop free while a large report renders, which a render on this thread does not", async () => {
    const bundle = manyModelsBundle(150);
    await renderPdfOffThread(owlProvenanceBundle()); // the worker started and warm
    const inThread = await longestStall(() => renderPdfReport(bundle));
    const offThread = await longestStall(() => renderPdfOffThread(bundle));
    // A ratio rather than a fixed figure: on a loaded machine every stall grows, an in-thread render's most.
    expect(inThread).toBeGreaterThan(250);
    expect(offThread).toBeLessThan(Math.max(100, inThread / 4));
  }, 120_000);

  it("queue renders asked for together and answer each with its own report", async () => {
    const names = ["first", "second", "third"];
    const pdfs = await Promise.all(
      names.map((name) => {
        const bundle = owlProvenanceBundle();
        return renderPdfOffThread({ ...bundle, reportId: `rpt_${name}` });
      }),
    );
    pdfs.forEach((pdf, i) => expect(pdf.toString("latin1")).toContain(`rpt_${names[i]}`));
  }, 60_000);

  it("reject a render that fails, and render the next one", async () => {
    const broken = { ...owlProvenanceBundle(), models: null } as unknown as ProvenanceBundle;
    await expect(renderPdfOffThread(broken)).rejects.toThrow(/PDF render failed/);
    const pdf = await renderPdfOffThread(owlProvenanceBundle());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }, 60_000);
});
