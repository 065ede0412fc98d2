import { CircleHelp, GitFork, Link2, TriangleAlert, Unlink2 } from "lucide-react";
import { ModelLink } from "@/components/entities/model-link";
import { PAPER_REFERENCE, PAPER_SHORT, PAPER_URL } from "@/lib/paper/paper-citation";
import type { SharedInitialization } from "@/lib/runs/run.types";
import { describeSharedInitialization, sharedInitializationSummary } from "@/lib/runs/shared-initialization-sentence";
import styles from "./shared-initialization-panel.module.css";

const asRef = (model: { id: string; name: string }) => ({ ...model, version: null });

function Side({
  role,
  model,
  root,
}: {
  role: "Teacher" | "Student";
  model: SharedInitialization["teacher"];
  root: SharedInitialization["teacherRoot"];
}) {
  return (
    <div className={styles.side}>
      <span className={styles.role}>{role}</span>
      <ModelLink model={asRef(model)} strong />
      <span className={styles.root}>
        {root.id === model.id ? (
          "a base model itself"
        ) : (
          <>
            base <ModelLink model={asRef(root)} />
          </>
        )}
      </span>
    </div>
  );
}

function Pair({ pair }: { pair: SharedInitialization }) {
  const text = describeSharedInitialization(pair);
  const Icon = text.tone === "shared" ? Link2 : Unlink2;
  return (
    <li className={styles.pair} data-tone={text.tone} data-testid="shared-initialization-pair">
      <div className={styles.sides}>
        <Side role="Teacher" model={pair.teacher} root={pair.teacherRoot} />
        <span className={styles.verdict}>
          <span className={styles.link} aria-hidden="true">
            <Icon size={15} />
          </span>
          <span className={styles.label}>{text.label}</span>
        </span>
        <Side role="Student" model={pair.student} root={pair.studentRoot} />
      </div>
      <p className={styles.sentence}>{text.sentence}</p>
    </li>
  );
}

/**
 * Whether each teacher and the student come from the same base model along initialized_from:
 * Cloud, Le et al. 2026 saw traits transfer through filtered data only then, so a shared base is the case to watch.
 */
export function SharedInitializationPanel({
  pairs,
  unknownData = [],
}: {
  pairs: SharedInitialization[];
  unknownData?: string[];
}) {
  const anyShared = pairs.some((pair) => pair.shared);
  const unknown = pairs.length === 0 && unknownData.length > 0;
  const Icon = anyShared ? TriangleAlert : unknown ? CircleHelp : GitFork;
  return (
    <section
      className={styles.panel}
      data-tone={anyShared ? "shared" : unknown ? "unknown" : "separate"}
      aria-labelledby="shared-initialization-title"
      id="shared-initialization"
      data-testid="shared-initialization"
    >
      <header className={styles.header}>
        <span className={styles.icon} aria-hidden="true">
          <Icon size={17} />
        </span>
        <div className={styles.heading}>
          <h2 className={styles.title} id="shared-initialization-title">
            Shared initialisation
          </h2>
          <p className={styles.summary} data-testid="shared-initialization-summary">
            {sharedInitializationSummary(pairs, unknownData)}
          </p>
        </div>
      </header>
      {pairs.length > 0 && (
        <ul className={styles.pairs}>
          {pairs.map((pair) => (
            <Pair key={pair.teacher.id} pair={pair} />
          ))}
        </ul>
      )}
      <p className={styles.footnote}>
        Subliminal learning (
        <a href={PAPER_URL} title={PAPER_REFERENCE} target="_blank" rel="noreferrer">
          {PAPER_SHORT}
        </a>
        ): students picked up a teacher&apos;s traits through filtered data when both shared a base model, and not
        across base models.
      </p>
    </section>
  );
}
