import { GitFork, KeyRound, Link2, Users } from "lucide-react";
import styles from "@/components/ui/form-guide.module.css";
import { PAPER_SHORT } from "@/lib/paper/paper-citation";

const NOTES = [
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
] as const;

/** Beside the register-a-run form: what the registration records, briefly. */
export function RunFormGuide() {
  return (
    <aside className={styles.guide} aria-labelledby="run-form-guide-title">
      <h2 className={styles.title} id="run-form-guide-title">
        What a run records
      </h2>
      <ul className={styles.notes}>
        {NOTES.map(({ icon: Icon, title, text }) => (
          <li key={title} className={styles.note}>
            <span className={styles.icon} aria-hidden="true">
              <Icon size={14} />
            </span>
            <span className={styles.text}>
              <span className={styles.noteTitle}>{title}</span>
              <span className={styles.noteText}>{text}</span>
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
