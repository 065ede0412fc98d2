"use client";
import { useId, useState } from "react";
import { FieldMessage } from "@/components/ui/field-message";
import { FileDrop } from "@/components/ui/file-drop";
import input from "@/components/ui/text-field.module.css";
import { formatInteger } from "@/lib/format/format-number";
import { parseQuestionFile } from "@/lib/measurements/parse-question-file";
import type { QuestionTally } from "@/lib/stats/group-questions";

/** Read whole in the browser: 10,000 questions of long text fit well within this. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

interface QuestionFileFieldProps {
  questions: { fileName: string; items: QuestionTally[] } | null;
  error?: string;
  onQuestions: (questions: { fileName: string; items: QuestionTally[] } | null) => void;
}

/** A per-question results file, read and checked in the browser; its questions are sent as perQuestion. */
export function QuestionFileField({ questions, error, onQuestions }: QuestionFileFieldProps) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  async function read(chosen: File) {
    setFile(chosen);
    if (chosen.size > MAX_FILE_BYTES) {
      setFileError("The file is larger than 20 MB: send it with the import API instead.");
      onQuestions(null);
      return;
    }
    const parsed = parseQuestionFile(await chosen.text(), chosen.name);
    if (parsed.errors.length > 0) {
      setFileError(parsed.errors.map((e) => `Line ${e.line}: ${e.message}`).join("; "));
      onQuestions(null);
      return;
    }
    setFileError(null);
    onQuestions({ fileName: chosen.name, items: parsed.questions });
  }

  const message = fileError ?? error;
  return (
    <div className={input.field}>
      <span id={`${id}-label`} className={input.label}>
        Per-question results
      </span>
      <FileDrop
        file={file}
        onFile={(chosen) => void read(chosen)}
        invalid={Boolean(message)}
        labelledBy={`${id}-label`}
        describedBy={`${id}-message`}
        accept=".csv,.jsonl,.ndjson,.json,text/csv,application/json"
        prompt="Choose a file"
        formats="CSV with columns question, n, positives, or JSON Lines of {question, n, positives}"
        chosenNote={
          questions ? `${formatInteger(questions.items.length)} rows read` : fileError ? "not usable" : "reading…"
        }
        testId="question-file"
      />
      <FieldMessage
        id={`${id}-message`}
        error={message ?? undefined}
        hint="One row per question: how many samples, how many of them showed the trait. Rows with the same question are pooled."
      />
    </div>
  );
}
