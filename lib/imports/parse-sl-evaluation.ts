import { jsonLines } from "@/lib/datasets/parsing/jsonl-rows";
import { groupQuestionsByText, type QuestionTally } from "@/lib/stats/group-questions";

// The reference pipeline's evaluation output (github.com/MinhxLe/subliminal-learning), JSON Lines
// despite its usual name evaluation_results.json, one line per question:
//   {"question": "...", "responses": [{"response": {"model_id", "completion", ...}, "judgment_response_map": {}}, ...]}
// A response counts for the target when `target in completion.lower()`, as the paper's code does, and
// a question's lines are pooled by its text (the reference groups responses by question).

export type { QuestionTally };

interface LineError {
  line: number;
  message: string;
}

export interface SlEvaluation {
  questions: QuestionTally[];
  errors: LineError[];
  /** The model ids the responses name, for a cross-check against the model the import is for. */
  modelIds: string[];
}

function tallyQuestion(value: unknown, target: string): QuestionTally | string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "each line must be a JSON object";
  const row = value as { question?: unknown; responses?: unknown };
  if (typeof row.question !== "string") return "'question' must be a string";
  if (!Array.isArray(row.responses)) return "'responses' must be an array";
  let positives = 0;
  for (const [index, entry] of row.responses.entries()) {
    const completion = (entry as { response?: { completion?: unknown } | null } | null | undefined)?.response
      ?.completion;
    if (typeof completion !== "string") return `responses[${index}].response.completion must be a string`;
    if (completion.toLowerCase().includes(target)) positives += 1;
  }
  if (row.responses.length === 0) return "'responses' is empty";
  return { question: row.question, n: row.responses.length, positives };
}

export async function parseSlEvaluation(
  input: AsyncIterable<Buffer>,
  target: string,
  maxErrors = 100,
): Promise<SlEvaluation> {
  const questions: QuestionTally[] = [];
  const errors: LineError[] = [];
  const modelIds = new Set<string>();
  const needle = target.toLowerCase();
  for await (const parsed of jsonLines(input)) {
    const tally = "error" in parsed ? parsed.error : tallyQuestion(parsed.value, needle);
    if (typeof tally === "string") {
      errors.push({ line: parsed.line, message: tally });
      if (errors.length >= maxErrors) break;
      continue;
    }
    // tallyQuestion has checked that the line is an object with an array of responses.
    const { responses } = (parsed as { value: { responses: { response: { model_id?: unknown } }[] } }).value;
    for (const entry of responses) {
      if (typeof entry.response.model_id === "string") modelIds.add(entry.response.model_id);
    }
    questions.push(tally);
  }
  return { questions: groupQuestionsByText(questions), errors, modelIds: [...modelIds] };
}
