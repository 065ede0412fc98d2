/** One evaluation question's tally: how many samples, how many of them positive. */
export interface QuestionTally {
  question: string;
  n: number;
  positives: number;
}

/**
 * Merges tallies of the same question text, as the reference implementation does (it groups the
 * responses by question before taking each question's rate): a question asked on two lines is one
 * question with the samples of both. First appearance order is kept.
 */
export function groupQuestionsByText(questions: readonly QuestionTally[]): QuestionTally[] {
  const byText = new Map<string, QuestionTally>();
  for (const q of questions) {
    const seen = byText.get(q.question);
    byText.set(
      q.question,
      seen ? { question: q.question, n: seen.n + q.n, positives: seen.positives + q.positives } : { ...q },
    );
  }
  return [...byText.values()];
}
