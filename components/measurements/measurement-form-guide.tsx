import { FileSpreadsheet, Layers, Ruler, Sigma } from "lucide-react";
import { FormGuide, type FormGuideNote } from "@/components/ui/form-guide";

const NOTES: readonly FormGuideNote[] = [
  {
    icon: Ruler,
    title: "One protocol, one seed",
    text: "A measurement is one run of one evaluation. Record each seed separately: the pages then show the mean across seeds with its interval.",
  },
  {
    icon: Sigma,
    title: "Intervals computed here",
    text: "Counts get a 95% Wilson interval; per-question counts the paper's interval across question means. Both are shown before you record.",
  },
  {
    icon: FileSpreadsheet,
    title: "Per-question files",
    text: "A CSV (question, n, positives) or JSON Lines of the same, read in your browser; lines with the same question are pooled.",
  },
  {
    icon: Layers,
    title: "Not idempotent",
    text: "Each submit records a new measurement: for a batch or an evaluation log, use the import API or the CLI.",
  },
];

/** Beside the record-a-measurement form: what a measurement holds, briefly. */
export function MeasurementFormGuide() {
  return <FormGuide id="measurement-form-guide-title" title="What a measurement records" notes={NOTES} />;
}
