import { groupQuestionsByText, type QuestionTally } from "./group-questions";

/**
 * Per-question rates of two sides over the same questions, for a paired test: each side's seeds are
 * pooled question by question (by text). Null unless every measurement on both sides kept its
 * per-question tallies and both sides asked exactly the same questions.
 */
export function pairedQuestionRates(
  a: readonly (readonly QuestionTally[] | null)[],
  b: readonly (readonly QuestionTally[] | null)[],
): { questions: string[]; a: number[]; b: number[] } | null {
  if (a.length === 0 || b.length === 0 || [...a, ...b].some((questions) => !questions || questions.length === 0))
    return null;
  const pool = (side: readonly (readonly QuestionTally[] | null)[]) =>
    new Map(groupQuestionsByText(side.flatMap((q) => q ?? [])).map((q) => [q.question, q]));
  const left = pool(a);
  const right = pool(b);
  if (left.size !== right.size || [...left.keys()].some((question) => !right.has(question))) return null;
  const paired = [...left].flatMap(([question, l]) => {
    const r = right.get(question);
    return r && l.n > 0 && r.n > 0 ? [{ question, l, r }] : [];
  });
  if (paired.length !== left.size) return null;
  return {
    questions: paired.map(({ question }) => question),
    a: paired.map(({ l }) => l.positives / l.n),
    b: paired.map(({ r }) => r.positives / r.n),
  };
}
