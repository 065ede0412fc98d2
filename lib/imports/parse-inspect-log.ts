import type { QuestionTally } from "./parse-sl-evaluation";

// UK AISI Inspect EvalLog JSON: eval{task, model}, results{scores[{name, metrics{accuracy{value}, stderr{value}}}],
// completed_samples}, samples[{id, epoch, scores{<scorer>{value}}}]. With samples, each sample id is a
// question and its epochs its samples (a value of "C", true or 1 counts as positive, "I", false, 0 not;
// "P" partial counts as 0.5 is not a proportion, so partial scores are refused). Without samples
// (a log written with --no-log-samples), the headline accuracy and its stderr are used.

export type InspectImport =
  | { kind: "questions"; task: string; model: string | null; scorer: string; questions: QuestionTally[] }
  | {
      kind: "summary";
      task: string;
      model: string | null;
      scorer: string;
      value: number;
      stderr: number | null;
      samples: number | null;
    };

function positive(value: unknown): boolean | null {
  if (value === "C" || value === true || value === 1) return true;
  if (value === "I" || value === false || value === 0 || value === "N") return false;
  return null;
}

export function parseInspectLog(document: unknown, wantedScorer?: string): InspectImport | string {
  if (document === null || typeof document !== "object") return "expected an Inspect EvalLog with an 'eval' object";
  const log = document as {
    eval?: { task?: unknown; model?: unknown } | null;
    results?: {
      scores?: { name?: unknown; metrics?: Partial<Record<string, { value?: unknown }>> }[];
      completed_samples?: unknown;
    };
    samples?: { id?: unknown; scores?: Record<string, { value?: unknown }> }[];
  };
  if (typeof log.eval !== "object" || log.eval === null) return "expected an Inspect EvalLog with an 'eval' object";
  const task = typeof log.eval.task === "string" ? log.eval.task : "inspect-task";
  const model = typeof log.eval.model === "string" ? log.eval.model : null;
  const scores = log.results?.scores ?? [];
  const scorer = wantedScorer ?? (typeof scores[0]?.name === "string" ? scores[0].name : undefined);
  if (!scorer) return "the log names no scorer; pass ?scorer=";
  if (Array.isArray(log.samples) && log.samples.length > 0) {
    const byQuestion = new Map<string, QuestionTally>();
    for (const [index, sample] of log.samples.entries()) {
      const value = sample.scores?.[scorer]?.value;
      const outcome = positive(value);
      if (outcome === null)
        return `samples[${index}]: score '${scorer}' is ${(JSON.stringify(value) as string | undefined) ?? "missing"}, not correct/incorrect`;
      const id = questionId(sample.id, index);
      const tally = byQuestion.get(id) ?? { question: id, n: 0, positives: 0 };
      tally.n += 1;
      if (outcome) tally.positives += 1;
      byQuestion.set(id, tally);
    }
    return { kind: "questions", task, model, scorer, questions: [...byQuestion.values()] };
  }
  const metrics = scores.find((score) => score.name === scorer)?.metrics ?? {};
  const value = metrics.accuracy?.value ?? metrics.mean?.value;
  if (typeof value !== "number") return `no samples and no accuracy for scorer '${scorer}'`;
  const stderr = metrics.stderr?.value;
  const samples = log.results?.completed_samples;
  return {
    kind: "summary",
    task,
    model,
    scorer,
    value,
    stderr: typeof stderr === "number" ? stderr : null,
    samples: typeof samples === "number" ? samples : null,
  };
}

/** A sample's id as question text: Inspect ids are strings or numbers; anything else is written as JSON. */
function questionId(id: unknown, index: number): string {
  if (id === undefined || id === null) return String(index);
  if (typeof id === "string") return id;
  if (typeof id === "number" || typeof id === "boolean" || typeof id === "bigint") return String(id);
  return JSON.stringify(id);
}
