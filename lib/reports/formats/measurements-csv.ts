// A provenance report's measurements as CSV: RFC 4180 (CRLF, quoted where needed), after a few "# " comment lines that
// name the report and carry the signature slot; a report of demo data opens with a "# DEMO — ..." line. Cells that a spreadsheet would run as a formula get a leading apostrophe
// (OWASP's advice for CSV injection), numbers stay numbers.
import { toCsv, type CsvCell } from "@/lib/format/csv";
import { reportNotices } from "@/lib/reports/formats/report-notices";
import type { ProvenanceBundle } from "@/lib/reports/provenance.types";
import { BLANK_SLOT } from "@/lib/reports/signature-slot";

const HEADER = [
  "model_name",
  "model_id",
  "trait",
  "protocol",
  "kind",
  "n",
  "positives",
  "questions",
  "value",
  "ci_low",
  "ci_high",
  "ci_method",
  "ci_note",
  "seed",
  "measured_at",
  "source",
] as const;

/**
 * Free text as it may appear in the file: text that reads like a signature slot is broken up ("pedigree-signature[:]"),
 * since the signer fills, and the verifier compares, every slot-shaped token in the bytes.
 */
const inert = (text: string) => text.split("pedigree-signature:").join("pedigree-signature[:]");

/** Free text on a comment line: one line, whatever it contains. */
const commentText = (text: string) => inert(text).replace(/[\r\n\u2028\u2029]+/g, " ");

export function toMeasurementsCsv(bundle: ProvenanceBundle): string {
  const models = new Map(bundle.models.map((model) => [model.id, model]));
  const traits = new Map(bundle.traits.map((trait) => [trait.id, trait]));
  const text = (value: string | null | undefined): CsvCell =>
    value === null || value === undefined ? null : inert(value);

  const rows = bundle.measurements.map((measurement): CsvCell[] => [
    text(models.get(measurement.modelId)?.name),
    text(measurement.modelId),
    text(traits.get(measurement.traitId)?.slug ?? measurement.traitId),
    text(measurement.protocol),
    measurement.kind,
    measurement.sampleCount,
    measurement.positiveCount,
    measurement.questionCount,
    measurement.value,
    // No interval is an empty cell with the reason beside it, never a zero width that reads as certainty.
    measurement.ciNote ? null : measurement.ciLow,
    measurement.ciNote ? null : measurement.ciHigh,
    text(measurement.ciMethod),
    text(measurement.ciNote),
    measurement.seed,
    text(measurement.measuredAt),
    text(measurement.source),
  ]);

  const { instance, subject } = bundle;
  const { demo, reference } = reportNotices(bundle, { withExposures: false });
  const comments = [
    // First, so that no reader (and no `head -1`) misses it.
    demo?.notice,
    `Pedigree measurements: ${subject.name} (${subject.scope} report ${bundle.reportId})`,
    `generated at ${bundle.generatedAt} by ${bundle.generatedBy}, ${instance.name} ${instance.version} at ${instance.baseUrl}`,
    "values are rates (0-1) for proportions and means for scores; intervals are 95%",
    reference === null ? null : `reference: ${reference}`,
  ]
    .filter((line): line is string => typeof line === "string")
    .map((line) => `# ${commentText(line)}\r\n`);

  return `${comments.join("")}# signature: ${BLANK_SLOT}\r\n${toCsv(HEADER, rows)}`;
}
