// Whether a report is built from demo data, and the words every format uses to say so. The demo workspace
// (lib/demo) is an example modelled on the paper, partly illustrative: a signed report of it must not pass for
// a real audit. The mark is written into the report's bytes like everything else, so the signature covers it:
// editing it out breaks the signature as any other edit does.
import { PAPER_SHORT } from "@/lib/paper/paper-citation";
import { countOf, listWords } from "./printable/report-words";
import type { ProvenanceBundle } from "./provenance.types";

/** The watermark's two lines. */
export const DEMO_WATERMARK = { word: "DEMO", line: "example data, not an audit" } as const;
/** The mark itself: the first words of every format's notice. */
export const DEMO_LABEL = `${DEMO_WATERMARK.word} — ${DEMO_WATERMARK.line}`;
/** The banner on every page of a printable report. */
export const DEMO_BANNER = `${DEMO_LABEL} · built from Pedigree's demo workspace, not from real models`;

export interface DemoMark {
  label: string;
  /** How much of the report is demo data, what that data is, and that the report is no audit. */
  statement: string;
  /** Label and statement on one line, for metadata fields and comment lines. */
  notice: string;
  demoRecords: number;
  totalRecords: number;
}

/** The records that can be demo data: a report holding any of them is marked. */
function recordKinds(bundle: ProvenanceBundle): { noun: string; records: readonly { isDemo: boolean }[] }[] {
  return [
    { noun: "model", records: bundle.models },
    { noun: "dataset", records: bundle.datasets },
    { noun: "generation", records: bundle.generations },
    { noun: "training run", records: bundle.runs },
    { noun: "measurement", records: bundle.measurements },
  ];
}

/** The DEMO mark of a report whose bundle holds demo records; null for a report of real records only. */
export function demoMarkOf(bundle: ProvenanceBundle): DemoMark | null {
  const kinds = recordKinds(bundle).map(({ noun, records }) => ({
    noun,
    demo: records.filter((record) => record.isDemo).length,
    total: records.length,
  }));
  const demoRecords = kinds.reduce((sum, kind) => sum + kind.demo, 0);
  if (demoRecords === 0) return null;
  const totalRecords = kinds.reduce((sum, kind) => sum + kind.total, 0);
  const which =
    demoRecords === totalRecords
      ? "Every record in this report comes"
      : `${demoRecords} of its ${totalRecords} records (${listWords(kinds.filter((kind) => kind.demo > 0).map((kind) => countOf(kind.demo, kind.noun)))}) ${demoRecords === 1 ? "comes" : "come"}`;
  const statement =
    `${which} from Pedigree's demo workspace: an example modelled on ${PAPER_SHORT}, with synthetic datasets and partly ` +
    "illustrative measurements. This report is not an audit of real models.";
  return { label: DEMO_LABEL, statement, notice: `${DEMO_LABEL}. ${statement}`, demoRecords, totalRecords };
}
