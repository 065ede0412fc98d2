import { Fingerprint, ListChecks, ShieldCheck, Workflow } from "lucide-react";
import { FormGuide, type FormGuideNote } from "@/components/ui/form-guide";

const NOTES: readonly FormGuideNote[] = [
  {
    icon: Fingerprint,
    title: "Identified by content",
    text: "A dataset is the SHA-256 of its records. Uploading the same records again returns the dataset already stored instead of a copy.",
  },
  {
    icon: ShieldCheck,
    title: "All or nothing",
    text: "A malformed row, a cancelled upload or a lost connection leaves nothing behind. Malformed rows are reported with their line numbers.",
  },
  {
    icon: Workflow,
    title: "Provenance",
    text: "Link the generation (teacher and settings) and, for filtered data, the raw dataset: the page then shows the filter's pass rate and who taught whom.",
  },
  {
    icon: ListChecks,
    title: "Then look inside",
    text: "The dataset page has the records with search, length and number statistics, and the hidden-signal check against a control.",
  },
];

/** Beside the upload form: what an upload records, briefly. */
export function UploadGuide() {
  return <FormGuide id="upload-guide-title" title="What an upload records" notes={NOTES} />;
}
