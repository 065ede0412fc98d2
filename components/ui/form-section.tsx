import type { ReactNode } from "react";
import card from "./card.module.css";
import styles from "./form-section.module.css";

interface FormSectionProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** A Card whose content may overflow it, so that the pickers' option lists are not clipped. */
export function FormSection({ title, description, children }: FormSectionProps) {
  const headingId = `run-form-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className={`${card.card} ${styles.section}`} aria-labelledby={headingId}>
      <header className={`${card.header} ${styles.header}`}>
        <div className={card.heading}>
          <h2 className={card.title} id={headingId}>
            {title}
          </h2>
          {description && <p className={card.description}>{description}</p>}
        </div>
      </header>
      <div className={card.body}>{children}</div>
    </section>
  );
}
