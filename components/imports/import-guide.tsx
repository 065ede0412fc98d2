import { FileSearch, ShieldCheck, Sigma, Tags } from "lucide-react";
import { FormGuide, type FormGuideNote } from "@/components/ui/form-guide";

const NOTES: readonly FormGuideNote[] = [
  {
    icon: FileSearch,
    title: "Check first",
    text: "Check sends the file and runs the whole import, then undoes it: you see every measurement it would store, and nothing is stored or audited.",
  },
  {
    icon: ShieldCheck,
    title: "All or nothing",
    text: "A malformed line, an unknown model or a cancelled upload leaves nothing behind; the problem is shown with its line or field.",
  },
  {
    icon: Sigma,
    title: "Intervals",
    text: "Per-question scores keep the paper's across-question interval; counts get a Wilson interval; a reported stderr becomes a normal interval.",
  },
  {
    icon: Tags,
    title: "Not idempotent",
    text: "Each import records new measurements: importing the same file twice counts it twice. Traits named for the first time are created.",
  },
];

/** Beside the import form: what an import records, briefly. */
export function ImportGuide() {
  return <FormGuide id="import-guide-title" title="What an import records" notes={NOTES} />;
}
