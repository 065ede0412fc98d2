import { Fingerprint, ListChecks, ShieldCheck, Workflow } from "lucide-react";
import guide from "@/components/ui/form-guide.module.css";

const NOTES = [
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
] as const;

/** Beside the upload form: what an upload records, briefly. */
export function UploadGuide() {
  return (
    <aside className={guide.guide} aria-labelledby="upload-guide-title">
      <h2 className={guide.title} id="upload-guide-title">
        What an upload records
      </h2>
      <ul className={guide.notes}>
        {NOTES.map(({ icon: Icon, title, text }) => (
          <li key={title} className={guide.note}>
            <span className={guide.icon} aria-hidden="true">
              <Icon size={14} />
            </span>
            <span className={guide.text}>
              <span className={guide.noteTitle}>{title}</span>
              <span className={guide.noteText}>{text}</span>
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
