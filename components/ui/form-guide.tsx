import type { LucideIcon } from "lucide-react";
import styles from "./form-guide.module.css";

export interface FormGuideNote {
  icon: LucideIcon;
  title: string;
  text: string;
}

/** Beside a form: what submitting it records, as a few notes with an icon each. */
export function FormGuide({ id, title, notes }: { id: string; title: string; notes: readonly FormGuideNote[] }) {
  return (
    <aside className={styles.guide} aria-labelledby={id}>
      <h2 className={styles.title} id={id}>
        {title}
      </h2>
      <ul className={styles.notes}>
        {notes.map(({ icon: Icon, title: noteTitle, text }) => (
          <li key={noteTitle} className={styles.note}>
            <span className={styles.icon} aria-hidden="true">
              <Icon size={14} />
            </span>
            <span className={styles.text}>
              <span className={styles.noteTitle}>{noteTitle}</span>
              <span className={styles.noteText}>{text}</span>
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
