import { GitFork, KeyRound, Link2, Users } from "lucide-react";
import { FormGuide, type FormGuideNote } from "@/components/ui/form-guide";
import { PAPER_SHORT } from "@/lib/paper/paper-citation";

const NOTES: readonly FormGuideNote[] = [
  {
    icon: Link2,
    title: "Two kinds of link",
    text: "The student is linked to the model it was initialised from, and to every dataset it was trained on.",
  },
  {
    icon: Users,
    title: "Teachers come with the data",
    text: "A dataset's teacher is the model that generated it, or the raw data it was filtered from. Name other teachers only when that is not recorded.",
  },
  {
    icon: GitFork,
    title: "Shared initialisation",
    text: `The run page then says whether each teacher shares the student's base model: the condition under which traits transferred through filtered data in ${PAPER_SHORT}.`,
  },
  {
    icon: KeyRound,
    title: "Registered once",
    text: "Submitting twice, or registering the same external job id again, returns the first run instead of a copy.",
  },
];

/** Beside the register-a-run form: what the registration records, briefly. */
export function RunFormGuide() {
  return <FormGuide id="run-form-guide-title" title="What a run records" notes={NOTES} />;
}
