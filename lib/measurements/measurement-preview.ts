// The rate and interval a measurement will be stored with, computed by the same functions the server
// uses (create-measurement.ts), so that the form shows it before anything is sent.
import type { Estimate } from "@/lib/stats/interval";
import { groupQuestionsByText } from "@/lib/stats/group-questions";
import { questionMeanRate } from "@/lib/stats/question-rate";
import { wilsonInterval } from "@/lib/stats/wilson-interval";
import type { MeasurementFormState } from "./measurement-form-input";

export interface MeasurementPreview {
  rate: Estimate;
  samples: number;
  positives: number;
  /** Distinct questions (lines with the same text are one question); null for counts. */
  questions: number | null;
}

const count = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

/** The stored rate for counts or per-question data, or null while the inputs do not make one (or for a value). */
export function previewMeasurement(
  state: Pick<MeasurementFormState, "mode" | "n" | "positives" | "questions">,
): MeasurementPreview | null {
  if (state.mode === "counts") {
    const [n, positives] = [count(state.n), count(state.positives)];
    if (n === null || positives === null || n < 1 || positives > n) return null;
    return { rate: wilsonInterval(positives, n), samples: n, positives, questions: null };
  }
  if (state.mode === "questions" && state.questions && state.questions.items.length > 0) {
    const questions = groupQuestionsByText(state.questions.items);
    return {
      rate: questionMeanRate(questions),
      samples: questions.reduce((sum, q) => sum + q.n, 0),
      positives: questions.reduce((sum, q) => sum + q.positives, 0),
      questions: questions.length,
    };
  }
  return null;
}
