// What a report's metadata says beyond its records: the DEMO mark when it holds demo data, and the paper's full
// reference whenever its text cites the paper (the demo notice does, and so does every exposure path's risk reason).
import { PAPER_REFERENCE } from "@/lib/paper/paper-citation";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";
import { demoMarkOf, type DemoMark } from "@/lib/reports/report-demo-mark";

export interface ReportNotices {
  demo: DemoMark | null;
  /** The paper's full reference, when the format's text cites it. */
  reference: string | null;
}

/** `withExposures`: whether the format writes the exposure statements (the CSV does not). */
export function reportNotices(bundle: ProvenanceBundle, { withExposures }: { withExposures: boolean }): ReportNotices {
  const demo = demoMarkOf(bundle);
  const citesPaper = demo !== null || (withExposures && bundle.exposures.some((exposure) => exposure.paths.length > 0));
  return { demo, reference: citesPaper ? PAPER_REFERENCE : null };
}
